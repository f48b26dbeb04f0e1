CREATE TYPE "public"."procedure_soort" AS ENUM('ontwerpbegroting', 'begrotingswijziging', 'kaders', 'jaarrekening', 'ontwerp_regeling', 'wijziging_regeling', 'toetreding', 'uittreding', 'opheffing', 'deelneming_rechtspersoon', 'bestuurscommissie', 'aangewezen_besluit');--> statement-breakpoint
CREATE TYPE "public"."procedure_status" AS ENUM('concept', 'verzonden', 'in_behandeling', 'reactie_bestuur', 'besloten', 'afgesloten', 'ingetrokken');--> statement-breakpoint
CREATE TYPE "public"."strekking" AS ENUM('instemmend', 'met_opmerkingen', 'bezwaar');--> statement-breakpoint
CREATE TYPE "public"."verzoek_status" AS ENUM('open', 'ontvangen', 'geagendeerd', 'besloten', 'verzonden', 'geen_zienswijze');--> statement-breakpoint
CREATE TYPE "public"."weigeringsgrond" AS ENUM('strijd_met_recht', 'strijd_met_algemeen_belang');--> statement-breakpoint
CREATE TABLE "briefsjabloon" (
	"organisatie_id" uuid PRIMARY KEY NOT NULL,
	"afzender" text NOT NULL,
	"adresregels" text[] DEFAULT '{}'::text[] NOT NULL,
	"plaats" text NOT NULL,
	"ondertekening" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"aanhef" text NOT NULL,
	"slot" text NOT NULL,
	"voettekst" text,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regeling_id" uuid NOT NULL,
	"procedure_id" uuid,
	"verzoek_id" uuid,
	"soort" text NOT NULL,
	"titel" text NOT NULL,
	"bestandsnaam" text NOT NULL,
	"mediatype" text NOT NULL,
	"grootte" integer NOT NULL,
	"sha256" text NOT NULL,
	"inhoud" "bytea" NOT NULL,
	"datum" date NOT NULL,
	"uitgever" text,
	"openbaar" boolean DEFAULT false NOT NULL,
	"geupload_door" uuid,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "melding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"tekst" text NOT NULL,
	"link" text NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"gelezen" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "procedure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regeling_id" uuid NOT NULL,
	"soort" "procedure_soort" NOT NULL,
	"titel" text NOT NULL,
	"omschrijving" text,
	"status" "procedure_status" DEFAULT 'concept' NOT NULL,
	"begrotingsjaar" integer,
	"betrokken_organisatie_id" uuid,
	"vrijgestelde_categorie" boolean DEFAULT false NOT NULL,
	"geplande_besluitdatum" date,
	"termijn_duur" text,
	"atw_van_toepassing" boolean DEFAULT false NOT NULL,
	"afgesproken_uiterlijk" date,
	"verzonden_op" date,
	"besluit_datum" date,
	"besluit_referentie" text,
	"besluit_toelichting" text,
	"afgesloten_op" date,
	"ingetrokken_op" date,
	"intrekking_reden" text,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verzoek" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"procedure_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"aan" text NOT NULL,
	"vraag" text NOT NULL,
	"regel_status" text DEFAULT 'bevestigd' NOT NULL,
	"artikel" text NOT NULL,
	"status" "verzoek_status" DEFAULT 'open' NOT NULL,
	"uiterlijk" date,
	"termijn_grondslag" text NOT NULL,
	"berekening" jsonb,
	"termijn_waarschuwingen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ontvangen_op" date,
	"commissie_datum" date,
	"raads_datum" date,
	"raadsbesluit_datum" date,
	"stemmen_voor" integer,
	"stemmen_tegen" integer,
	"zienswijze_verzonden_op" date,
	"strekking" "strekking",
	"zienswijze_tekst" text,
	"te_laat" boolean DEFAULT false NOT NULL,
	"geen_zienswijze_op" date,
	"toestemming" text,
	"weigeringsgrond" "weigeringsgrond",
	"reactie_bestuur" text,
	"reactie_bestuur_op" date,
	"versie" integer DEFAULT 1 NOT NULL,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volger" (
	"gebruiker_id" uuid NOT NULL,
	"regeling_id" uuid NOT NULL,
	"sinds" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volger_gebruiker_id_regeling_id_pk" PRIMARY KEY("gebruiker_id","regeling_id")
);
--> statement-breakpoint
ALTER TABLE "briefsjabloon" ADD CONSTRAINT "briefsjabloon_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_regeling_id_regeling_id_fk" FOREIGN KEY ("regeling_id") REFERENCES "public"."regeling"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_procedure_id_procedure_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_verzoek_id_verzoek_id_fk" FOREIGN KEY ("verzoek_id") REFERENCES "public"."verzoek"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_geupload_door_gebruiker_id_fk" FOREIGN KEY ("geupload_door") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "melding" ADD CONSTRAINT "melding_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure" ADD CONSTRAINT "procedure_regeling_id_regeling_id_fk" FOREIGN KEY ("regeling_id") REFERENCES "public"."regeling"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure" ADD CONSTRAINT "procedure_betrokken_organisatie_id_organisatie_id_fk" FOREIGN KEY ("betrokken_organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verzoek" ADD CONSTRAINT "verzoek_procedure_id_procedure_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedure"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verzoek" ADD CONSTRAINT "verzoek_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volger" ADD CONSTRAINT "volger_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volger" ADD CONSTRAINT "volger_regeling_id_regeling_id_fk" FOREIGN KEY ("regeling_id") REFERENCES "public"."regeling"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_procedure_idx" ON "document" USING btree ("procedure_id");--> statement-breakpoint
CREATE INDEX "document_verzoek_idx" ON "document" USING btree ("verzoek_id");--> statement-breakpoint
CREATE INDEX "melding_gebruiker_idx" ON "melding" USING btree ("gebruiker_id","aangemaakt");--> statement-breakpoint
CREATE INDEX "procedure_regeling_idx" ON "procedure" USING btree ("regeling_id");--> statement-breakpoint
CREATE INDEX "procedure_status_idx" ON "procedure" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "verzoek_procedure_organisatie_idx" ON "verzoek" USING btree ("procedure_id","organisatie_id");--> statement-breakpoint
CREATE INDEX "verzoek_organisatie_idx" ON "verzoek" USING btree ("organisatie_id","uiterlijk");--> statement-breakpoint
CREATE INDEX "volger_regeling_idx" ON "volger" USING btree ("regeling_id");