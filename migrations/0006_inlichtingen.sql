CREATE TYPE "public"."inlichting_antwoord_door" AS ENUM('lid', 'griffie', 'secretariaat');--> statement-breakpoint
CREATE TYPE "public"."inlichting_aan" AS ENUM('lid', 'bestuur');--> statement-breakpoint
CREATE TYPE "public"."inlichting_status" AS ENUM('open', 'beantwoord', 'ingetrokken');--> statement-breakpoint
CREATE TABLE "inlichting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regeling_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"gesteld_door" uuid,
	"gesteld_door_naam" text NOT NULL,
	"aan" "inlichting_aan" NOT NULL,
	"geadresseerde" text NOT NULL,
	"artikel" text NOT NULL,
	"onderwerp" text NOT NULL,
	"vraag" text NOT NULL,
	"openbaar" boolean DEFAULT false NOT NULL,
	"gesteld_op" date NOT NULL,
	"uiterlijk" date NOT NULL,
	"termijn_grondslag" text NOT NULL,
	"status" "inlichting_status" DEFAULT 'open' NOT NULL,
	"antwoord" text,
	"beantwoord_op" date,
	"beantwoord_door" uuid,
	"antwoord_namens" "inlichting_antwoord_door",
	"ingetrokken_op" date,
	"versie" integer DEFAULT 1 NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inlichting" ADD CONSTRAINT "inlichting_regeling_id_regeling_id_fk" FOREIGN KEY ("regeling_id") REFERENCES "public"."regeling"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inlichting" ADD CONSTRAINT "inlichting_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inlichting" ADD CONSTRAINT "inlichting_gesteld_door_gebruiker_id_fk" FOREIGN KEY ("gesteld_door") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inlichting" ADD CONSTRAINT "inlichting_beantwoord_door_gebruiker_id_fk" FOREIGN KEY ("beantwoord_door") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inlichting_regeling_idx" ON "inlichting" USING btree ("regeling_id","gesteld_op");--> statement-breakpoint
CREATE INDEX "inlichting_organisatie_idx" ON "inlichting" USING btree ("organisatie_id","status","uiterlijk");