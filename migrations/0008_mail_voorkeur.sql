CREATE TABLE "mail_voorkeur" (
	"gebruiker_id" uuid PRIMARY KEY NOT NULL,
	"tafel_digest" boolean DEFAULT true NOT NULL,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mail_voorkeur" ADD CONSTRAINT "mail_voorkeur_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;