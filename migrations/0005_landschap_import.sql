ALTER TYPE "public"."regeling_vorm" ADD VALUE 'onbekend';--> statement-breakpoint
CREATE TABLE "bron_deelname" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bron_import_id" uuid NOT NULL,
	"regeling_id" uuid NOT NULL,
	"volgnummer" integer NOT NULL,
	"naam" text NOT NULL,
	"naam_origineel" text NOT NULL,
	"organisatie_id" uuid,
	"koppeling" text,
	"reden" text,
	"herkomst" jsonb NOT NULL,
	"organen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"verdeelsleutel" text,
	"datum_toetreding" date,
	"datum_uittreding" date,
	"deelname_id" uuid,
	"gegevens" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bron_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bron" text NOT NULL,
	"peildatum" date NOT NULL,
	"omschrijving" text NOT NULL,
	"licentie" text NOT NULL,
	"bestand" text NOT NULL,
	"toelichting" text,
	"tellingen" jsonb NOT NULL,
	"geimporteerd" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "regeling" ADD COLUMN "bron" text;--> statement-breakpoint
ALTER TABLE "regeling" ADD COLUMN "bron_peildatum" date;--> statement-breakpoint
ALTER TABLE "regeling" ADD COLUMN "bron_sleutel" text;--> statement-breakpoint
ALTER TABLE "regeling" ADD COLUMN "bron_gegevens" jsonb;--> statement-breakpoint
ALTER TABLE "bron_deelname" ADD CONSTRAINT "bron_deelname_bron_import_id_bron_import_id_fk" FOREIGN KEY ("bron_import_id") REFERENCES "public"."bron_import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bron_deelname" ADD CONSTRAINT "bron_deelname_regeling_id_regeling_id_fk" FOREIGN KEY ("regeling_id") REFERENCES "public"."regeling"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bron_deelname" ADD CONSTRAINT "bron_deelname_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bron_deelname" ADD CONSTRAINT "bron_deelname_deelname_id_deelname_id_fk" FOREIGN KEY ("deelname_id") REFERENCES "public"."deelname"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bron_deelname_uq" ON "bron_deelname" USING btree ("regeling_id","volgnummer");--> statement-breakpoint
CREATE INDEX "bron_deelname_import_idx" ON "bron_deelname" USING btree ("bron_import_id");--> statement-breakpoint
CREATE INDEX "bron_deelname_organisatie_idx" ON "bron_deelname" USING btree ("organisatie_id");--> statement-breakpoint
CREATE INDEX "bron_deelname_deelname_idx" ON "bron_deelname" USING btree ("deelname_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bron_import_uq" ON "bron_import" USING btree ("bron","peildatum");--> statement-breakpoint
CREATE UNIQUE INDEX "regeling_bron_uq" ON "regeling" USING btree ("bron","bron_peildatum","bron_sleutel");