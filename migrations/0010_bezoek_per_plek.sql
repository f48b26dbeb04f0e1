ALTER TABLE "raadswerkplaats_bezoek" DROP CONSTRAINT "raadswerkplaats_bezoek_pkey";--> statement-breakpoint
ALTER TABLE "raadswerkplaats_bezoek" ADD COLUMN "plek" text DEFAULT 'mijn-regelingen' NOT NULL;--> statement-breakpoint
ALTER TABLE "raadswerkplaats_bezoek" ADD CONSTRAINT "raadswerkplaats_bezoek_gebruiker_id_plek_pk" PRIMARY KEY("gebruiker_id","plek");
