/**
 * `npx grip <command>`: admin tasks. Prints what it did; exit code 0 on success, 1 with a
 * one-line reason on bad input (never a stack trace for that).
 */
import { isUuid } from '../platform/validation';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import { ConfigError, loadConfig } from '../config';
import { openDatabase, type Database } from '../platform/db/client';
import { DataDirInUseError } from '../platform/db/lock';
import { systeem } from '../platform/audit/audit';
import { eenmaligWachtwoord, hashWachtwoord, nieuwToken, sha256 } from '../platform/auth/crypto';
import { rollen, type Rol } from '../platform/auth/policy';
import { ImportFout, importCbsGemeenten, parseCbsGemeenten } from '../modules/organisaties/import-cbs';
import { BronFout } from '../modules/landschap/bronnen/bron';
import { leesOpengr } from '../modules/landschap/bronnen/opengr';
import { leesOpvolgers } from '../modules/landschap/bronnen/opvolgers';
import { leesRooPolderMap } from '../modules/landschap/bronnen/roo-polder';
import { ImportGeweigerd, type Voortgang } from '../modules/landschap/import-regelingen';
import { importOpengr, OPENGR_PEILDATUM } from '../modules/landschap/import-opengr';
import { importRooPolder, importRooXml } from '../modules/landschap/import-roo-polder';
import { leesRooXmlAlles } from '../modules/landschap/bronnen/roo-xml';
import { downloadNaarBestand, haalCbsPaginas, tijdelijkeMap } from '../modules/landschap/download';
import { ArchiefFout, pakUit, vindPolderMap } from '../modules/landschap/archief';
import { leesCbsPaginas } from '../modules/landschap/bronnen/cbs-odata';
import { importCbsInwoners } from '../modules/landschap/import-cbs-inwoners';
import { isGeldigeDatum, leesJson } from '../modules/landschap/bronnen/bron';
import { vandaag } from '../platform/clock';
import { leesRegioatlasMap } from '../modules/landschap/bronnen/regioatlas';
import { leesGrenzenTekst } from '../modules/landschap/bronnen/grenzen';
import { GRENZEN_JAARGANG, importGrenzen } from '../modules/landschap/import-grenzen';
import { importRegioatlas, REGIOATLAS_PEILDATUM } from '../modules/landschap/import-regioatlas';
import {
  samenvattingCbs,
  samenvattingGrenzen,
  samenvattingOpengr,
  samenvattingRegioatlas,
  samenvattingRooPolder,
} from '../modules/landschap/samenvatting';
import { vindOrganisatie } from '../modules/organisaties/store';
import { regelingRij } from '../modules/regelingen/store';
import { apiTokensVan, vindGebruikerOpEmail } from '../modules/accounts/store';
import {
  registreerApiToken,
  registreerGebruiker,
  TOKEN_KENMERK,
  trekApiTokenIn,
} from '../modules/accounts/service';

class CliFout extends Error {}

const HULP = `Gebruik: npx grip <opdracht>

  migrate                                   databaseschema bijwerken
  import cbs-gemeenten <bestand.csv>        gemeenten, provincies en inwonertallen (CBS) inlezen
  import roo-polder <map> | --url <archief-url>
                                            het landelijke GR-register (Polder-YAML) inlezen: regelingen,
                                            deelnemers en organisaties; met --url een .tar.gz of .zip
                                            (bijv. het archief van de Polder-repository) downloaden
  import opengr <bestand.csv> [--opvolgers <opvolgers.csv>]
                                            de momentopname OpenGR 2016 inlezen, naast het register;
                                            opgeheven gemeenten via de opvolgertabel
  import roo <exportOO.xml> | --url <url> [--peildatum JJJJ-MM-DD]
                                            het landelijke GR-register uit de ROO-export (XML) inlezen;
                                            met --url eerst downloaden
  import cbs <antwoord.json> | --url <CBS OData-url> [--veld V] [--peildatum JJJJ-MM-DD]
                                            inwonertallen per gemeente uit CBS StatLine (OData) inlezen;
                                            --veld: het onderwerp met de inwoners, --peildatum: als het
                                            antwoord geen perioden heeft
  import regioatlas <map>                   regio-indelingen per gemeente (Regioatlas 2016) inlezen
  import grenzen <bestand.json>             grenzen van gemeenten, provincies en veiligheidsregio's
                                            (TopoJSON of GeoJSON; WGS84 of RD New) inlezen voor kaarten
  gebruiker maak --email E --rol R [--scope CODE|ID] [--naam N]
                                            gebruiker aanmaken; drukt een eenmalig wachtwoord af
                                            rollen: ${rollen.join(', ')}
  token maak --email E [--omschrijving T]   API-token (bearer) aanmaken voor een gebruiker
  token lijst --email E                     de API-tokens van een gebruiker (kenmerk, datum, omschrijving)
  token intrek --email E --kenmerk K        een API-token intrekken (het kenmerk uit token lijst)

Database: DATABASE_URL (PostgreSQL) of anders PGlite in GRIP_DATA_DIR (standaard ./data).`;

async function metDatabase<T>(f: (d: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const d = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await d.migrate();
    return await f(d);
  } finally {
    await d.close();
  }
}

/**
 * Runs a long import with progress on stderr (one updating line on a terminal, else a line per step),
 * then prints its summary and the time it took on stdout.
 */
async function metVoortgang(werk: (meld: Voortgang) => Promise<string[]>): Promise<void> {
  const start = performance.now();
  const tty = process.stderr.isTTY === true;
  const sec = () =>
    ((performance.now() - start) / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  const meld: Voortgang = (m) =>
    process.stderr.write(tty ? `\r\x1b[K[${sec()} s] ${m}` : `[${sec()} s] ${m}\n`);
  try {
    const regels = await werk(meld);
    if (tty) process.stderr.write('\r\x1b[K');
    console.log([...regels, `Klaar in ${sec()} s.`].join('\n'));
  } catch (e) {
    if (tty) process.stderr.write('\r\x1b[K');
    throw e;
  }
}

/** The day (Europe/Amsterdam) of a moment in ms since 1970, e.g. a file's modification time. */
const dagVan = (ms: number) =>
  Temporal.Instant.fromEpochMilliseconds(Math.floor(ms))
    .toZonedDateTimeISO('Europe/Amsterdam')
    .toPlainDate()
    .toString();

async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      rol: { type: 'string' },
      scope: { type: 'string' },
      naam: { type: 'string' },
      omschrijving: { type: 'string' },
      kenmerk: { type: 'string' },
      opvolgers: { type: 'string' },
      url: { type: 'string' },
      peildatum: { type: 'string' },
      veld: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [cmd, sub, arg] = positionals;
  if (values.help || !cmd) {
    console.log(HULP);
    return;
  }
  switch (`${cmd} ${sub ?? ''}`.trim()) {
    case 'migrate':
      await metDatabase(async () => {});
      console.log('Databaseschema is bijgewerkt.');
      return;
    case 'import cbs-gemeenten': {
      if (!arg) throw new CliFout('geef het CSV-bestand op: npx grip import cbs-gemeenten <bestand.csv>');
      if (!fs.existsSync(arg)) throw new CliFout(`bestand niet gevonden: ${arg}`);
      const data = parseCbsGemeenten(fs.readFileSync(arg, 'utf8'), arg);
      const r = await metDatabase((d) => importCbsGemeenten(d.db, data, systeem(`cli: import ${arg}`)));
      const t = (x: { nieuw: number; gewijzigd: number; ongewijzigd: number }) =>
        `${x.nieuw} nieuw, ${x.gewijzigd} gewijzigd, ${x.ongewijzigd} ongewijzigd`;
      console.log(`Ingelezen uit ${arg} (peildatum inwoners ${data.peildatum}):`);
      console.log(`  gemeenten:     ${data.gemeenten.length} (${t(r.gemeenten)})`);
      console.log(`  provincies:    ${data.provincies.length} (${t(r.provincies)})`);
      console.log(`  inwonertallen: ${t(r.inwonertallen)}`);
      return;
    }
    case 'import roo-polder': {
      const url = values.url;
      if (!arg && !url)
        throw new CliFout(
          'geef de map op (of --url): npx grip import roo-polder <map> | --url <archief-url>',
        );
      if (arg && url) throw new CliFout('geef een map óf --url op, niet allebei');
      if (arg && (!fs.existsSync(arg) || !fs.statSync(arg).isDirectory()))
        throw new CliFout(`map niet gevonden: ${arg}`);
      const tijdelijk = url ? tijdelijkeMap('roo-polder') : null;
      try {
        await metVoortgang(async (meld) => {
          let map = arg;
          let bestand = arg ? path.basename(path.resolve(arg)) : url!;
          if (url) {
            const archief = path.join(tijdelijk!.map, 'archief');
            await downloadNaarBestand(url, archief, meld);
            const uit = path.join(tijdelijk!.map, 'uitgepakt');
            let n: number;
            try {
              n = pakUit(archief, uit, (naam) => /\.ya?ml$/i.test(naam));
            } catch (e) {
              if (e instanceof ArchiefFout) throw new CliFout(`${url}: ${e.message}`);
              throw e;
            }
            meld(`${n.toLocaleString('nl-NL')} YAML-bestanden uitgepakt`);
            const gevonden = n ? vindPolderMap(uit) : null;
            if (!gevonden)
              throw new CliFout(
                `${url}: het archief bevat geen Polder-map (een map gemeenschappelijke-regelingen met YAML-bestanden)`,
              );
            map = gevonden;
            bestand = url;
          }
          meld(`${url ?? arg} lezen …`);
          const data = await leesRooPolderMap(map!);
          meld(`${data.bestanden.toLocaleString('nl-NL')} YAML-bestanden gelezen; database openen …`);
          const r = await metDatabase((d) =>
            importRooPolder(d.db, data, systeem(`cli: import roo-polder ${bestand}`), {
              bestand,
              voortgang: meld,
            }),
          );
          return samenvattingRooPolder(r, bestand);
        });
      } finally {
        tijdelijk?.ruimOp();
      }
      return;
    }
    case 'import opengr': {
      if (!arg)
        throw new CliFout(
          'geef het CSV-bestand op: npx grip import opengr <bestand.csv> [--opvolgers <csv>]',
        );
      if (!fs.existsSync(arg)) throw new CliFout(`bestand niet gevonden: ${arg}`);
      const opv = values.opvolgers;
      if (opv !== undefined && !fs.existsSync(opv)) throw new CliFout(`opvolgertabel niet gevonden: ${opv}`);
      await metVoortgang(async (meld) => {
        const data = leesOpengr(fs.readFileSync(arg), arg, {
          jaargang: Number(OPENGR_PEILDATUM.slice(0, 4)),
        });
        const opvolgers = opv === undefined ? null : leesOpvolgers(fs.readFileSync(opv, 'utf8'), opv);
        meld(`${data.deelnames.length.toLocaleString('nl-NL')} rijen gelezen; database openen …`);
        const r = await metDatabase((d) =>
          importOpengr(d.db, data, opvolgers, systeem(`cli: import opengr ${path.basename(arg)}`), {
            bestand: arg,
            opvolgersBestand: opv ?? null,
            voortgang: meld,
          }),
        );
        return samenvattingOpengr(r, path.basename(arg), opv === undefined ? null : path.basename(opv));
      });
      return;
    }
    case 'import roo': {
      const url = values.url;
      if (!arg && !url)
        throw new CliFout(
          'geef het XML-bestand of --url op: npx grip import roo <exportOO.xml> | --url <url>',
        );
      if (arg && url) throw new CliFout('geef een bestand óf --url op, niet allebei');
      if (arg && (!fs.existsSync(arg) || !fs.statSync(arg).isFile()))
        throw new CliFout(`bestand niet gevonden: ${arg}`);
      const opgegeven = values.peildatum;
      if (opgegeven !== undefined && !isGeldigeDatum(opgegeven))
        throw new CliFout(`--peildatum "${opgegeven}" is geen geldige datum (JJJJ-MM-DD)`);
      const tijdelijk = url ? tijdelijkeMap('roo') : null;
      try {
        await metVoortgang(async (meld) => {
          const bestand = arg ?? path.join(tijdelijk!.map, 'exportOO.xml');
          if (url) await downloadNaarBestand(url, bestand, meld);
          const naam = url ? path.basename(new URL(url).pathname) || 'exportOO.xml' : path.basename(arg!);
          const peildatum = opgegeven ?? (url ? vandaag() : dagVan(fs.statSync(bestand).mtimeMs));
          meld(`${naam} lezen …`);
          const data = await leesRooXmlAlles(fs.createReadStream(bestand), url ?? arg!, {
            peildatum: opgegeven,
          });
          meld(`${data.regelingen.length.toLocaleString('nl-NL')} regelingen gelezen; database openen …`);
          const r = await metDatabase((d) =>
            importRooXml(d.db, data, systeem(`cli: import roo ${naam}`), {
              bestand: naam,
              peildatum,
              voortgang: meld,
            }),
          );
          return samenvattingRooPolder(r, naam, 'roo');
        });
      } finally {
        tijdelijk?.ruimOp();
      }
      return;
    }
    case 'import cbs': {
      const url = values.url;
      if (!arg && !url)
        throw new CliFout(
          'geef het JSON-bestand of --url op: npx grip import cbs <antwoord.json> | --url <url>',
        );
      if (arg && url) throw new CliFout('geef een bestand óf --url op, niet allebei');
      if (arg && (!fs.existsSync(arg) || !fs.statSync(arg).isFile()))
        throw new CliFout(`bestand niet gevonden: ${arg}`);
      const peildatum = values.peildatum;
      if (peildatum !== undefined && !isGeldigeDatum(peildatum))
        throw new CliFout(`--peildatum "${peildatum}" is geen geldige datum (JJJJ-MM-DD)`);
      await metVoortgang(async (meld) => {
        let paginas: unknown[];
        if (url) paginas = await haalCbsPaginas(url, meld);
        else {
          const json = leesJson(fs.readFileSync(arg!, 'utf8'), arg!);
          paginas = Array.isArray(json) ? json : [json];
        }
        const data = leesCbsPaginas(paginas, url ?? arg!, {
          ...(values.veld && { inwonersVeld: values.veld }),
          ...(peildatum && { peildatum }),
        });
        meld(`${data.records.length.toLocaleString('nl-NL')} inwonertallen gelezen; database openen …`);
        const bestand = url ?? path.basename(arg!);
        const r = await metDatabase((d) =>
          importCbsInwoners(d.db, data, systeem(`cli: import cbs ${bestand}`), { bestand, voortgang: meld }),
        );
        return samenvattingCbs(r, bestand);
      });
      return;
    }
    case 'import regioatlas': {
      if (!arg) throw new CliFout('geef de map op: npx grip import regioatlas <map>');
      if (!fs.existsSync(arg) || !fs.statSync(arg).isDirectory())
        throw new CliFout(`map niet gevonden: ${arg}`);
      const bestand = path.basename(path.resolve(arg));
      await metVoortgang(async (meld) => {
        meld(`${arg} lezen …`);
        const data = await leesRegioatlasMap(arg, { jaargang: Number(REGIOATLAS_PEILDATUM.slice(0, 4)) });
        meld(`${data.length.toLocaleString('nl-NL')} rijen gelezen; database openen …`);
        const r = await metDatabase((d) =>
          importRegioatlas(d.db, data, systeem(`cli: import regioatlas ${bestand}`), {
            bestand,
            voortgang: meld,
          }),
        );
        return samenvattingRegioatlas(r, bestand);
      });
      return;
    }
    case 'import grenzen': {
      if (!arg) throw new CliFout('geef het bestand op: npx grip import grenzen <bestand.json>');
      if (!fs.existsSync(arg) || !fs.statSync(arg).isFile())
        throw new CliFout(`bestand niet gevonden: ${arg}`);
      const bestand = path.basename(arg);
      await metVoortgang(async (meld) => {
        const data = leesGrenzenTekst(fs.readFileSync(arg, 'utf8'), arg, { jaargang: GRENZEN_JAARGANG });
        meld(`${data.features.length.toLocaleString('nl-NL')} grenzen gelezen; database openen …`);
        const r = await metDatabase((d) =>
          importGrenzen(d.db, data, systeem(`cli: import grenzen ${bestand}`), { bestand, voortgang: meld }),
        );
        return samenvattingGrenzen(r, bestand);
      });
      return;
    }
    case 'gebruiker maak': {
      const email = values.email?.trim();
      if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
        throw new CliFout('geef een geldig e-mailadres op met --email');
      const rol = values.rol as Rol | undefined;
      if (!rol || !rollen.includes(rol))
        throw new CliFout(`geef een rol op met --rol (${rollen.join(', ')})`);
      if (rol !== 'beheerder' && !values.scope) {
        throw new CliFout(
          `de rol ${rol} hoort bij een organisatie of regeling: geef --scope CODE (bijv. GM0363) of het id van een regeling`,
        );
      }
      const wachtwoord = eenmaligWachtwoord();
      const hash = await hashWachtwoord(wachtwoord);
      await metDatabase(async ({ db }) => {
        if (await vindGebruikerOpEmail(db, email))
          throw new CliFout(`er bestaat al een gebruiker met e-mailadres ${email}`);
        let organisatieId: string | null = null;
        let regelingId: string | null = null;
        if (values.scope) {
          const org = await vindOrganisatie(db, values.scope);
          if (org) organisatieId = org.id;
          else if (isUuid(values.scope) && (await regelingRij(db, values.scope))) regelingId = values.scope;
          else throw new CliFout(`onbekende scope: ${values.scope} is geen organisatiecode of regeling-id`);
        }
        await registreerGebruiker(db, systeem('cli: gebruiker maak'), {
          email,
          naam: values.naam ?? email.split('@')[0]!,
          wachtwoordHash: hash,
          rol,
          organisatieId,
          regelingId,
        });
      });
      console.log(
        `Gebruiker ${email} aangemaakt met rol ${rol}${values.scope ? ` voor ${values.scope}` : ''}.`,
      );
      console.log(`Eenmalig wachtwoord: ${wachtwoord}`);
      return;
    }
    case 'token maak': {
      const email = values.email?.trim();
      if (!email) throw new CliFout('geef het e-mailadres van de gebruiker op met --email');
      const token = nieuwToken();
      await metDatabase(async ({ db }) => {
        const g = await vindGebruikerOpEmail(db, email);
        if (!g) throw new CliFout(`geen gebruiker met e-mailadres ${email}`);
        await registreerApiToken(
          db,
          systeem('cli: token maak'),
          g.id,
          sha256(token),
          values.omschrijving ?? 'aangemaakt met npx grip token maak',
        );
      });
      console.log(token);
      return;
    }
    case 'token lijst':
    case 'token intrek': {
      const email = values.email?.trim();
      if (!email) throw new CliFout('geef het e-mailadres van de gebruiker op met --email');
      const kenmerk = values.kenmerk?.trim().toLowerCase() ?? '';
      if (sub === 'intrek' && !TOKEN_KENMERK.test(kenmerk))
        throw new CliFout(
          'geef het kenmerk van het token op met --kenmerk (12 tekens, zie npx grip token lijst)',
        );
      await metDatabase(async ({ db }) => {
        const g = await vindGebruikerOpEmail(db, email);
        if (!g) throw new CliFout(`geen gebruiker met e-mailadres ${email}`);
        if (sub === 'lijst') {
          const tokens = await apiTokensVan(db, g.id);
          if (tokens.length === 0) console.log(`${email} heeft geen API-tokens.`);
          for (const t of tokens)
            console.log(`${t.kenmerk}  ${t.aangemaakt.toISOString().slice(0, 10)}  ${t.omschrijving ?? ''}`);
          return;
        }
        if (!(await trekApiTokenIn(db, systeem('cli: token intrek'), g.id, kenmerk)))
          throw new CliFout(`${email} heeft geen token met kenmerk ${kenmerk}`);
        console.log(`Token ${kenmerk} van ${email} is ingetrokken.`);
      });
      return;
    }
    default:
      throw new CliFout(`onbekende opdracht "${positionals.join(' ')}"; zie npx grip --help`);
  }
}

try {
  await run(process.argv.slice(2));
} catch (e) {
  if (
    e instanceof CliFout ||
    e instanceof ImportFout ||
    e instanceof BronFout ||
    e instanceof ImportGeweigerd ||
    e instanceof ArchiefFout ||
    e instanceof DataDirInUseError
  ) {
    console.error(`Fout: ${e.message}`);
    process.exit(1);
  }
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`Fout: ${e.message}`);
    process.exit(1);
  }
  console.error(`Fout: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
