CREATE TYPE "public"."gelijkstelling_status" AS ENUM('bevestigd', 'onbevestigd');--> statement-breakpoint
CREATE TABLE "gelijkgestelde_dag" (
	"datum" date PRIMARY KEY NOT NULL,
	"besluit" text NOT NULL,
	"bron" text NOT NULL,
	"status" "gelijkstelling_status" NOT NULL,
	"toegevoegd_door" text NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kalender_uitgave" (
	"uid" text PRIMARY KEY NOT NULL,
	"datum" date NOT NULL,
	"volgnummer" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vergadering" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regeling_id" uuid NOT NULL,
	"datum" date NOT NULL,
	"stukken" text[] NOT NULL,
	"verzend_datum" date,
	"omschrijving" text,
	"versie" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "herinnering_voorkeur" (
	"gebruiker_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"dagen_vooraf" integer[] DEFAULT '{14,7,1}'::int[] NOT NULL,
	CONSTRAINT "herinnering_voorkeur_gebruiker_id_organisatie_id_pk" PRIMARY KEY("gebruiker_id","organisatie_id")
);
--> statement-breakpoint
CREATE TABLE "uitgaande_mail" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"aan" text NOT NULL,
	"onderwerp" text NOT NULL,
	"tekst" text NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"verzonden" timestamp with time zone,
	"fout" text
);
--> statement-breakpoint
CREATE TABLE "verzonden_herinnering" (
	"gebruiker_id" uuid NOT NULL,
	"item_uid" text NOT NULL,
	"deadline" date NOT NULL,
	"dagen_vooraf" integer NOT NULL,
	"verzonden" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verzonden_herinnering_gebruiker_id_item_uid_deadline_dagen_vooraf_pk" PRIMARY KEY("gebruiker_id","item_uid","deadline","dagen_vooraf")
);
--> statement-breakpoint
ALTER TABLE "vergadering" ADD CONSTRAINT "vergadering_regeling_id_regeling_id_fk" FOREIGN KEY ("regeling_id") REFERENCES "public"."regeling"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "herinnering_voorkeur" ADD CONSTRAINT "herinnering_voorkeur_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "herinnering_voorkeur" ADD CONSTRAINT "herinnering_voorkeur_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verzonden_herinnering" ADD CONSTRAINT "verzonden_herinnering_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vergadering_regeling_idx" ON "vergadering" USING btree ("regeling_id","datum");--> statement-breakpoint
CREATE INDEX "uitgaande_mail_aangemaakt_idx" ON "uitgaande_mail" USING btree ("aangemaakt");