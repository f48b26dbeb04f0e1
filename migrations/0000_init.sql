CREATE TYPE "public"."organisatie_soort" AS ENUM('gemeente', 'provincie', 'waterschap', 'rijk', 'openbaar_lichaam', 'samenwerkingsorganisatie', 'privaat', 'buitenlands', 'overig');--> statement-breakpoint
CREATE TYPE "public"."bestuursorgaan" AS ENUM('ab', 'db', 'voorzitter', 'bestuur');--> statement-breakpoint
CREATE TYPE "public"."deelnemend_orgaan" AS ENUM('raad', 'college', 'burgemeester', 'provinciale_staten', 'gedeputeerde_staten', 'commissaris_koning', 'waterschap_ab', 'waterschap_db', 'waterschap_voorzitter', 'bestuur');--> statement-breakpoint
CREATE TYPE "public"."functie" AS ENUM('raadslid', 'wethouder', 'burgemeester', 'statenlid', 'gedeputeerde', 'commissaris_koning', 'waterschapsbestuurder', 'secretaris', 'anders');--> statement-breakpoint
CREATE TYPE "public"."regeling_type" AS ENUM('raadsregeling', 'collegeregeling', 'burgemeestersregeling', 'gemengde_regeling', 'onbekend');--> statement-breakpoint
CREATE TYPE "public"."regeling_vorm" AS ENUM('openbaar_lichaam', 'gemeenschappelijk_orgaan', 'bedrijfsvoeringsorganisatie', 'centrumgemeente', 'regeling_zonder_meer');--> statement-breakpoint
CREATE TYPE "public"."rol" AS ENUM('beheerder', 'griffie', 'raadslid', 'secretariaat', 'toezicht');--> statement-breakpoint
CREATE TABLE "inwonertal" (
	"organisatie_id" uuid NOT NULL,
	"peildatum" date NOT NULL,
	"aantal" integer NOT NULL,
	"bron" text NOT NULL,
	CONSTRAINT "inwonertal_organisatie_id_peildatum_pk" PRIMARY KEY("organisatie_id","peildatum")
);
--> statement-breakpoint
CREATE TABLE "organisatie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"soort" "organisatie_soort" NOT NULL,
	"code" text,
	"naam" text NOT NULL,
	"tooi_uri" text,
	"roo_id" text,
	"land" text DEFAULT 'NL' NOT NULL,
	"provincie_id" uuid,
	"geldig_van" date,
	"geldig_tot" date,
	"opvolger_id" uuid,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisatie_naam" (
	"organisatie_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"geldig_van" date NOT NULL,
	"geldig_tot" date,
	CONSTRAINT "organisatie_naam_organisatie_id_geldig_van_pk" PRIMARY KEY("organisatie_id","geldig_van")
);
--> statement-breakpoint
CREATE TABLE "bestuurslid" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regeling_id" uuid NOT NULL,
	"orgaan" "bestuursorgaan" NOT NULL,
	"naam" text NOT NULL,
	"deelname_id" uuid,
	"functie" "functie" NOT NULL,
	"aangewezen_door" text,
	"plaatsvervanger" text,
	"van_buiten_ab" boolean DEFAULT false NOT NULL,
	"vanaf" date,
	"tot" date,
	"mandaat_tot" date,
	"stemgewicht" integer,
	"versie" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deelname" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regeling_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"organen" "deelnemend_orgaan"[] NOT NULL,
	"datum_toetreding" date,
	"datum_uittreding" date,
	"kostenverdeling" jsonb,
	"stemmen" integer,
	"dienstverlenend" boolean DEFAULT false NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regeling" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"naam" text NOT NULL,
	"korte_naam" text,
	"belang" text,
	"vorm" "regeling_vorm" NOT NULL,
	"type" "regeling_type" DEFAULT 'onbekend' NOT NULL,
	"vestiging_organisatie_id" uuid,
	"vestigingsplaats" text,
	"beleidsterreinen" text[] DEFAULT '{}'::text[] NOT NULL,
	"taken" text,
	"bevoegdheden" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"datum_inwerkingtreding" date,
	"datum_uitwerkingtreding" date,
	"referenties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"afspraken" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"gekwalificeerde_meerderheid" numeric(5, 4),
	"bronnen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_voorbeeld" boolean DEFAULT false NOT NULL,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL,
	"zoektekst" "tsvector" GENERATED ALWAYS AS (to_tsvector('dutch'::regconfig, coalesce(naam, '') || ' ' || coalesce(korte_naam, '') || ' ' || coalesce(belang, ''))) STORED
);
--> statement-breakpoint
CREATE TABLE "aanmeldpoging" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sleutel" text NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_token" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"omschrijving" text,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gebruiker" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"naam" text NOT NULL,
	"wachtwoord_hash" text NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rol_toekenning" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"rol" "rol" NOT NULL,
	"organisatie_id" uuid,
	"regeling_id" uuid
);
--> statement-breakpoint
CREATE TABLE "sessie" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"verloopt" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL,
	"gebruiker_id" uuid,
	"actor" text NOT NULL,
	"entiteit" text NOT NULL,
	"entiteit_id" text NOT NULL,
	"actie" text NOT NULL,
	"regeling_id" uuid,
	"wijzigingen" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inwonertal" ADD CONSTRAINT "inwonertal_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisatie" ADD CONSTRAINT "organisatie_provincie_id_organisatie_id_fk" FOREIGN KEY ("provincie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisatie" ADD CONSTRAINT "organisatie_opvolger_id_organisatie_id_fk" FOREIGN KEY ("opvolger_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisatie_naam" ADD CONSTRAINT "organisatie_naam_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bestuurslid" ADD CONSTRAINT "bestuurslid_regeling_id_regeling_id_fk" FOREIGN KEY ("regeling_id") REFERENCES "public"."regeling"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bestuurslid" ADD CONSTRAINT "bestuurslid_deelname_id_deelname_id_fk" FOREIGN KEY ("deelname_id") REFERENCES "public"."deelname"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deelname" ADD CONSTRAINT "deelname_regeling_id_regeling_id_fk" FOREIGN KEY ("regeling_id") REFERENCES "public"."regeling"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deelname" ADD CONSTRAINT "deelname_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regeling" ADD CONSTRAINT "regeling_vestiging_organisatie_id_organisatie_id_fk" FOREIGN KEY ("vestiging_organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rol_toekenning" ADD CONSTRAINT "rol_toekenning_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rol_toekenning" ADD CONSTRAINT "rol_toekenning_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rol_toekenning" ADD CONSTRAINT "rol_toekenning_regeling_id_regeling_id_fk" FOREIGN KEY ("regeling_id") REFERENCES "public"."regeling"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessie" ADD CONSTRAINT "sessie_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisatie_code_uq" ON "organisatie" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "organisatie_tooi_uq" ON "organisatie" USING btree ("tooi_uri");--> statement-breakpoint
CREATE UNIQUE INDEX "organisatie_roo_uq" ON "organisatie" USING btree ("roo_id");--> statement-breakpoint
CREATE INDEX "organisatie_soort_idx" ON "organisatie" USING btree ("soort");--> statement-breakpoint
CREATE INDEX "organisatie_provincie_idx" ON "organisatie" USING btree ("provincie_id");--> statement-breakpoint
CREATE INDEX "organisatie_naam_idx" ON "organisatie" USING btree (lower("naam"));--> statement-breakpoint
CREATE INDEX "bestuurslid_regeling_idx" ON "bestuurslid" USING btree ("regeling_id");--> statement-breakpoint
CREATE INDEX "deelname_regeling_idx" ON "deelname" USING btree ("regeling_id");--> statement-breakpoint
CREATE INDEX "deelname_organisatie_idx" ON "deelname" USING btree ("organisatie_id");--> statement-breakpoint
CREATE INDEX "regeling_zoektekst_idx" ON "regeling" USING gin ("zoektekst");--> statement-breakpoint
CREATE INDEX "regeling_vorm_idx" ON "regeling" USING btree ("vorm");--> statement-breakpoint
CREATE INDEX "regeling_type_idx" ON "regeling" USING btree ("type");--> statement-breakpoint
CREATE INDEX "regeling_naam_idx" ON "regeling" USING btree (lower("naam"));--> statement-breakpoint
CREATE INDEX "aanmeldpoging_sleutel_idx" ON "aanmeldpoging" USING btree ("sleutel","tijdstip");--> statement-breakpoint
CREATE UNIQUE INDEX "gebruiker_email_uq" ON "gebruiker" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "rol_toekenning_gebruiker_idx" ON "rol_toekenning" USING btree ("gebruiker_id");--> statement-breakpoint
CREATE INDEX "sessie_gebruiker_idx" ON "sessie" USING btree ("gebruiker_id");--> statement-breakpoint
CREATE INDEX "audit_regeling_idx" ON "audit_log" USING btree ("regeling_id","id");--> statement-breakpoint
CREATE INDEX "audit_entiteit_idx" ON "audit_log" USING btree ("entiteit","entiteit_id");