-- The intake's e-mails are rendered when they are sent, not when the inquiry is written: the row
-- keeps the template version (template_id) and the checked variables here, and html and text stay
-- empty until delivery stores what was sent (server/emails/render-stored-message.ts). Rendered
-- bodies made each intake transaction write about 15 KB (compressed by PostgreSQL, logged twice
-- to the WAL), a fifth of the machine's CPU per inquiry under load.
ALTER TABLE "email_messages" ADD COLUMN "render_vars" JSONB;
