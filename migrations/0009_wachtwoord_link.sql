CREATE TABLE "wachtwoord_link" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"verloopt" timestamp with time zone NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "wachtwoord_link" ADD CONSTRAINT "wachtwoord_link_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wachtwoord_link_gebruiker_idx" ON "wachtwoord_link" USING btree ("gebruiker_id");