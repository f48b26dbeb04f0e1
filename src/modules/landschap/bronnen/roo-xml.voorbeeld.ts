/**
 * Example ROO exports (exportOO.xml) for tests: no real file is available, so they follow the documented
 * structure (shared docs ankers-ecosysteem.md §1.2–1.3; element paths from Polder's roo_field_map.md).
 */

export const NS_269 = 'https://organisaties.overheid.nl/static/schema/oo/export/2.6.9';

/** Export 2.6.9 with prefix p: two organisations (one a former gemeente without TOOI URI) and two regelingen. */
export const EXPORT_269 = `<?xml version="1.0" encoding="UTF-8"?>
<p:overheidsorganisaties xmlns:p="${NS_269}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <p:organisaties>
    <p:organisatie p:systeemId="37907" p:resourceIdentifierTOOI="https://identifier.overheid.nl/tooi/id/gemeente/gm0828">
      <p:naam>Gemeente Oss</p:naam>
      <p:types><p:type>Gemeente</p:type></p:types>
      <p:identificatiecodes>
        <p:resourceIdentifier p:naam="OIN">00000001001597744000</p:resourceIdentifier>
        <p:resourceIdentifier p:naam="Organisatiecode">gm0828</p:resourceIdentifier>
      </p:identificatiecodes>
      <p:organisaties>
        <p:organisatie p:systeemId="37908">
          <p:naam>Gemeenteraad Oss</p:naam>
          <p:types><p:type>Gemeenteraad</p:type></p:types>
        </p:organisatie>
      </p:organisaties>
    </p:organisatie>
    <p:organisatie p:systeemId="26635">
      <p:naam>Gemeente Boekel</p:naam>
      <p:types><p:type>Gemeente</p:type></p:types>
      <p:identificatiecodes>
        <p:resourceIdentifier p:naam="Organisatiecode">gm0755</p:resourceIdentifier>
        <p:resourceIdentifier p:naam="KvK-nummer">17272738</p:resourceIdentifier>
      </p:identificatiecodes>
      <p:eindDatum>2029-01-01</p:eindDatum>
    </p:organisatie>
  </p:organisaties>
  <p:gemeenschappelijkeRegelingen>
    <p:regeling p:systeemId="29494998">
      <p:titel>Centrumregeling Wmo Brabant Noordoost-oost 2024</p:titel>
      <p:citeertitel>Centrumregeling Wmo</p:citeertitel>
      <p:doel>Samenwerken aan Wmo &amp; beschermd wonen.</p:doel>
      <p:samenwerkingsvorm p:afkorting="RZM">'Regeling zonder meer'</p:samenwerkingsvorm>
      <p:bevoegdheidsverkrijgingen><p:bevoegdheidsverkrijging>Mandaat</p:bevoegdheidsverkrijging></p:bevoegdheidsverkrijgingen>
      <p:bronhouder p:systeemId="37907" p:resourceIdentifierTOOI="https://identifier.overheid.nl/tooi/id/gemeente/gm0828" p:resourceIdentifierOWMS="http://standaarden.overheid.nl/owms/terms/Oss_(gemeente)">Gemeente Oss</p:bronhouder>
      <p:registratiehouder>Ministerie van Binnenlandse Zaken en Koninkrijksrelaties</p:registratiehouder>
      <p:deelnemendeOrganisaties>
        <p:deelnemendeOrganisatie p:systeemId="37907" p:resourceIdentifierTOOI="https://identifier.overheid.nl/tooi/id/gemeente/gm0828">
          <p:naam>Gemeente Oss</p:naam>
          <p:toetredingsDatum>2015-01-01</p:toetredingsDatum>
          <p:verdeelsleutel>33,0</p:verdeelsleutel>
          <p:bestuursorganen>
            <p:bestuursorgaan p:resourceIdentifierOWMS="http://standaarden.overheid.nl/owms/terms/college_van_burgemeester_en_wethouders">College van burgemeester en wethouders</p:bestuursorgaan>
          </p:bestuursorganen>
        </p:deelnemendeOrganisatie>
        <p:deelnemendeOrganisatie p:systeemId="26635">
          <p:naam>Gemeente Boekel</p:naam>
          <p:toetredingsDatum>2015-01-01</p:toetredingsDatum>
          <p:uittredingsDatum>2023-12-31</p:uittredingsDatum>
          <p:verdeelsleutel>4,0</p:verdeelsleutel>
          <p:bestuursorganen>
            <p:bestuursorgaan>Gemeenteraad</p:bestuursorgaan>
            <p:bestuursorgaan>Burgemeester</p:bestuursorgaan>
          </p:bestuursorganen>
        </p:deelnemendeOrganisatie>
        <p:deelnemendeOrganisatie p:systeemId="99999">
          <p:naam>Gemeinde Kranenburg</p:naam>
          <p:toetredingsDatum>2016-05-01</p:toetredingsDatum>
        </p:deelnemendeOrganisatie>
      </p:deelnemendeOrganisaties>
      <p:instellingsbesluiten><p:referentie>https://lokaleregelgeving.overheid.nl/CVDR702345/1</p:referentie></p:instellingsbesluiten>
      <p:wettelijkeGrondslagen>
        <p:wettelijkeGrondslag>
          <p:opschrift>Wet gemeenschappelijke regelingen</p:opschrift>
          <p:referentie>http://wetten.overheid.nl/jci1.3:c:BWBR0003740</p:referentie>
        </p:wettelijkeGrondslag>
      </p:wettelijkeGrondslagen>
      <p:bevoegdheden>
        <p:bevoegdheid><p:kopArtikel>Artikel 6: Bevoegdheden</p:kopArtikel><p:inhoudArtikel><![CDATA[1. De colleges geven mandaat <aan> de centrumgemeente.]]></p:inhoudArtikel></p:bevoegdheid>
      </p:bevoegdheden>
      <p:beleidsterreinen><p:beleidsterrein p:resourceIdentifierTOOI="https://identifier.overheid.nl/tooi/def/thes/top/c_d0463fb7">zorg en gezondheid</p:beleidsterrein></p:beleidsterreinen>
      <p:datumInwerkingtreding>2024-01-03</p:datumInwerkingtreding>
      <p:previousVersion p:systeemId="24967448">Centrumregeling Wmo Brabant Noordoost-oost 2015</p:previousVersion>
      <p:datumMutatie>2025-02-20</p:datumMutatie>
      <p:datumTerVerificatie>2025-02-20T10:00:00</p:datumTerVerificatie>
    </p:regeling>
    <p:regeling p:systeemId="24967448">
      <p:titel>Centrumregeling Wmo Brabant Noordoost-oost 2015</p:titel>
      <p:samenwerkingsvorm p:afkorting="OL">Openbaar lichaam</p:samenwerkingsvorm>
      <p:datumInwerkingtreding>2015-01-01</p:datumInwerkingtreding>
      <p:datumUitwerkingtreding>2024-01-03</p:datumUitwerkingtreding>
      <p:nextVersion p:systeemId="29494998">Centrumregeling Wmo Brabant Noordoost-oost 2024</p:nextVersion>
    </p:regeling>
  </p:gemeenschappelijkeRegelingen>
</p:overheidsorganisaties>
`;

/** An older export: default namespace (almanak 2.0), `gemeenschappelijkeRegeling`, unprefixed attributes. */
export const EXPORT_20 = `<?xml version="1.0" encoding="UTF-8"?>
<overheidsorganisaties xmlns="http://almanak.overheid.nl/schema/export/2.0">
  <gemeenschappelijkeRegelingen>
    <gemeenschappelijkeRegeling systeemId="12345">
      <titel>Gemeenschappelijke regeling Drechtsteden</titel>
      <samenwerkingsvorm afkorting="OL">Openbaar lichaam</samenwerkingsvorm>
      <deelnemendeOrganisaties>
        <deelnemendeOrganisatie systeemId="1" resourceIdentifierTOOI="https://identifier.overheid.nl/tooi/id/gemeente/gm0505">
          <naam>Gemeente Dordrecht</naam>
          <toetredingsDatum>2006-01-01</toetredingsDatum>
          <verdeelsleutel>35.53</verdeelsleutel>
        </deelnemendeOrganisatie>
      </deelnemendeOrganisaties>
      <datumInwerkingtreding>2006-01-01</datumInwerkingtreding>
      <datumUitwerkingtreding>2019-01-01</datumUitwerkingtreding>
    </gemeenschappelijkeRegeling>
  </gemeenschappelijkeRegelingen>
</overheidsorganisaties>
`;
