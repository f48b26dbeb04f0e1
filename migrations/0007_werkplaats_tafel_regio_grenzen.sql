CREATE TYPE "public"."adviescommissie_stuk_soort" AS ENUM('vergadering', 'advies');--> statement-breakpoint
CREATE TYPE "public"."raadsbesluit_uitkomst" AS ENUM('ingestemd', 'verworpen');--> statement-breakpoint
CREATE TYPE "public"."tafel_draad_soort" AS ENUM('gesprek', 'notitie', 'zienswijze');--> statement-breakpoint
CREATE TABLE "grens" (
	"bron_import_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"code" text NOT NULL,
	"naam" text NOT NULL,
	"geometrie" jsonb NOT NULL,
	CONSTRAINT "grens_bron_import_id_soort_code_pk" PRIMARY KEY("bron_import_id","soort","code")
);
--> statement-breakpoint
CREATE TABLE "regio" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bron_import_id" uuid NOT NULL,
	"indeling" text NOT NULL,
	"indeling_naam" text NOT NULL,
	"sleutel" text NOT NULL,
	"naam" text NOT NULL,
	"code" text,
	"inwoners" integer
);
--> statement-breakpoint
CREATE TABLE "regio_lid" (
	"regio_id" uuid NOT NULL,
	"gemeente_code" text NOT NULL,
	"gemeente_naam" text NOT NULL,
	"organisatie_id" uuid,
	"herkomst" jsonb NOT NULL,
	CONSTRAINT "regio_lid_regio_id_gemeente_code_pk" PRIMARY KEY("regio_id","gemeente_code")
);
--> statement-breakpoint
CREATE TABLE "adviescommissie_lid" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"voorstel_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"gebruiker_id" uuid,
	"aangewezen_op" date NOT NULL,
	"eindigt_op" date,
	"reden" text
);
--> statement-breakpoint
CREATE TABLE "adviescommissie_raadsbesluit" (
	"voorstel_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"uitkomst" "raadsbesluit_uitkomst" NOT NULL,
	"datum" date NOT NULL,
	"kenmerk" text,
	"vastgelegd_door" uuid,
	"vastgelegd" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adviescommissie_raadsbesluit_voorstel_id_organisatie_id_pk" PRIMARY KEY("voorstel_id","organisatie_id")
);
--> statement-breakpoint
CREATE TABLE "adviescommissie_stuk" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"voorstel_id" uuid NOT NULL,
	"soort" "adviescommissie_stuk_soort" NOT NULL,
	"datum" date NOT NULL,
	"onderwerp" text NOT NULL,
	"tekst" text DEFAULT '' NOT NULL,
	"url" text,
	"procedure_id" uuid,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "adviescommissie_voorstel" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regeling_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"titel" text NOT NULL,
	"toelichting" text NOT NULL,
	"ingediend" date NOT NULL,
	"ingesteld_op" date,
	"ingetrokken_op" date,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "raadswerkplaats_bezoek" (
	"gebruiker_id" uuid PRIMARY KEY NOT NULL,
	"sinds" timestamp with time zone NOT NULL,
	"laatste" timestamp with time zone NOT NULL,
	"bekend" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contactkaart" (
	"gebruiker_id" uuid PRIMARY KEY NOT NULL,
	"zichtbaar" boolean DEFAULT false NOT NULL,
	"functie" text,
	"fractie" text,
	"email" text,
	"telefoon" text,
	"toelichting" text,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tafel_bericht" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draad_id" uuid NOT NULL,
	"volgnummer" integer NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"auteur_id" uuid,
	"auteur_naam" text NOT NULL,
	"tekst" text NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"verborgen_op" timestamp with time zone,
	"verborgen_door" uuid,
	"verborgen_reden" text
);
--> statement-breakpoint
CREATE TABLE "tafel_draad" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regeling_id" uuid NOT NULL,
	"soort" "tafel_draad_soort" DEFAULT 'gesprek' NOT NULL,
	"titel" text NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"auteur_id" uuid,
	"auteur_naam" text NOT NULL,
	"procedure_id" uuid,
	"verwijzingen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"gesloten" timestamp with time zone,
	"laatste_activiteit" timestamp with time zone DEFAULT now() NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tafel_melding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bericht_id" uuid NOT NULL,
	"gemeld_door" uuid,
	"reden" text NOT NULL,
	"gemeld" timestamp with time zone DEFAULT now() NOT NULL,
	"afgehandeld" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tafel_ondertekening" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draad_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"fractie" text DEFAULT '' NOT NULL,
	"gebruiker_id" uuid,
	"naam" text NOT NULL,
	"tekst_volgnummer" integer NOT NULL,
	"ondertekend" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tafel_volger" (
	"draad_id" uuid NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"sinds" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tafel_volger_draad_id_gebruiker_id_pk" PRIMARY KEY("draad_id","gebruiker_id")
);
--> statement-breakpoint
ALTER TABLE "melding" ADD COLUMN "soort" text DEFAULT 'procedure' NOT NULL;--> statement-breakpoint
ALTER TABLE "melding" ADD COLUMN "in_digest" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "grens" ADD CONSTRAINT "grens_bron_import_id_bron_import_id_fk" FOREIGN KEY ("bron_import_id") REFERENCES "public"."bron_import"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regio" ADD CONSTRAINT "regio_bron_import_id_bron_import_id_fk" FOREIGN KEY ("bron_import_id") REFERENCES "public"."bron_import"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regio_lid" ADD CONSTRAINT "regio_lid_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regio_lid" ADD CONSTRAINT "regio_lid_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adviescommissie_lid" ADD CONSTRAINT "adviescommissie_lid_voorstel_id_adviescommissie_voorstel_id_fk" FOREIGN KEY ("voorstel_id") REFERENCES "public"."adviescommissie_voorstel"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adviescommissie_lid" ADD CONSTRAINT "adviescommissie_lid_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adviescommissie_lid" ADD CONSTRAINT "adviescommissie_lid_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adviescommissie_raadsbesluit" ADD CONSTRAINT "adviescommissie_raadsbesluit_voorstel_id_adviescommissie_voorstel_id_fk" FOREIGN KEY ("voorstel_id") REFERENCES "public"."adviescommissie_voorstel"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adviescommissie_raadsbesluit" ADD CONSTRAINT "adviescommissie_raadsbesluit_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adviescommissie_raadsbesluit" ADD CONSTRAINT "adviescommissie_raadsbesluit_vastgelegd_door_gebruiker_id_fk" FOREIGN KEY ("vastgelegd_door") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adviescommissie_stuk" ADD CONSTRAINT "adviescommissie_stuk_voorstel_id_adviescommissie_voorstel_id_fk" FOREIGN KEY ("voorstel_id") REFERENCES "public"."adviescommissie_voorstel"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adviescommissie_stuk" ADD CONSTRAINT "adviescommissie_stuk_procedure_id_procedure_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedure"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adviescommissie_voorstel" ADD CONSTRAINT "adviescommissie_voorstel_regeling_id_regeling_id_fk" FOREIGN KEY ("regeling_id") REFERENCES "public"."regeling"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adviescommissie_voorstel" ADD CONSTRAINT "adviescommissie_voorstel_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "raadswerkplaats_bezoek" ADD CONSTRAINT "raadswerkplaats_bezoek_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contactkaart" ADD CONSTRAINT "contactkaart_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_bericht" ADD CONSTRAINT "tafel_bericht_draad_id_tafel_draad_id_fk" FOREIGN KEY ("draad_id") REFERENCES "public"."tafel_draad"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_bericht" ADD CONSTRAINT "tafel_bericht_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_bericht" ADD CONSTRAINT "tafel_bericht_auteur_id_gebruiker_id_fk" FOREIGN KEY ("auteur_id") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_bericht" ADD CONSTRAINT "tafel_bericht_verborgen_door_gebruiker_id_fk" FOREIGN KEY ("verborgen_door") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_draad" ADD CONSTRAINT "tafel_draad_regeling_id_regeling_id_fk" FOREIGN KEY ("regeling_id") REFERENCES "public"."regeling"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_draad" ADD CONSTRAINT "tafel_draad_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_draad" ADD CONSTRAINT "tafel_draad_auteur_id_gebruiker_id_fk" FOREIGN KEY ("auteur_id") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_draad" ADD CONSTRAINT "tafel_draad_procedure_id_procedure_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedure"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_melding" ADD CONSTRAINT "tafel_melding_bericht_id_tafel_bericht_id_fk" FOREIGN KEY ("bericht_id") REFERENCES "public"."tafel_bericht"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_melding" ADD CONSTRAINT "tafel_melding_gemeld_door_gebruiker_id_fk" FOREIGN KEY ("gemeld_door") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_ondertekening" ADD CONSTRAINT "tafel_ondertekening_draad_id_tafel_draad_id_fk" FOREIGN KEY ("draad_id") REFERENCES "public"."tafel_draad"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_ondertekening" ADD CONSTRAINT "tafel_ondertekening_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_ondertekening" ADD CONSTRAINT "tafel_ondertekening_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_volger" ADD CONSTRAINT "tafel_volger_draad_id_tafel_draad_id_fk" FOREIGN KEY ("draad_id") REFERENCES "public"."tafel_draad"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tafel_volger" ADD CONSTRAINT "tafel_volger_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "regio_uq" ON "regio" USING btree ("bron_import_id","sleutel");--> statement-breakpoint
CREATE INDEX "regio_indeling_idx" ON "regio" USING btree ("indeling");--> statement-breakpoint
CREATE INDEX "regio_lid_gemeente_idx" ON "regio_lid" USING btree ("gemeente_code");--> statement-breakpoint
CREATE INDEX "adviescommissie_lid_voorstel_idx" ON "adviescommissie_lid" USING btree ("voorstel_id");--> statement-breakpoint
CREATE INDEX "adviescommissie_stuk_voorstel_idx" ON "adviescommissie_stuk" USING btree ("voorstel_id","datum");--> statement-breakpoint
CREATE INDEX "adviescommissie_voorstel_regeling_idx" ON "adviescommissie_voorstel" USING btree ("regeling_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tafel_bericht_uq" ON "tafel_bericht" USING btree ("draad_id","volgnummer");--> statement-breakpoint
CREATE INDEX "tafel_draad_regeling_idx" ON "tafel_draad" USING btree ("regeling_id","laatste_activiteit");--> statement-breakpoint
CREATE INDEX "tafel_melding_bericht_idx" ON "tafel_melding" USING btree ("bericht_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tafel_ondertekening_uq" ON "tafel_ondertekening" USING btree ("draad_id","organisatie_id","fractie");