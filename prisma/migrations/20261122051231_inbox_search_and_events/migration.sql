-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "preferences" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "inquiries" ADD COLUMN     "search_text" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "inquiries_search_text_trgm_idx" ON "inquiries" USING GIN ("search_text" gin_trgm_ops);


-- Written by hand below: triggers Prisma's schema cannot express. Every writer (intake, the
-- dashboard, imports, data generators) gets the same behaviour without remembering to.

-- Free-text search: name, e-mail, phone (E.164 and digits only), reference and team notes,
-- lower-cased. Private notes are never included.
CREATE FUNCTION inquiry_person_search_text(first_name TEXT, last_name TEXT, email TEXT, phone TEXT, reference TEXT)
RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT lower(concat_ws(' ', first_name, last_name, email, phone, regexp_replace(phone, '\D', '', 'g'), reference))
$$;

CREATE FUNCTION inquiry_team_notes_text(p_inquiry_id UUID)
RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT coalesce(lower(string_agg(body, ' ' ORDER BY created_at)), '')
  FROM activities
  WHERE inquiry_id = p_inquiry_id AND type = 'NOTE' AND visibility = 'TEAM' AND body IS NOT NULL
$$;

CREATE FUNCTION inquiries_set_search_text() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := concat_ws(' ',
    inquiry_person_search_text(NEW.first_name, NEW.last_name, NEW.email, NEW.phone, NEW.reference),
    CASE WHEN TG_OP = 'UPDATE' THEN nullif(inquiry_team_notes_text(NEW.id), '') END);
  RETURN NEW;
END $$;

CREATE TRIGGER inquiries_search_text
  BEFORE INSERT OR UPDATE OF first_name, last_name, email, phone, reference ON inquiries
  FOR EACH ROW EXECUTE FUNCTION inquiries_set_search_text();

CREATE FUNCTION activities_refresh_search_text() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  target UUID;
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.type <> 'NOTE' THEN RETURN NULL; END IF;
    target := OLD.inquiry_id;
  ELSE
    IF NEW.type <> 'NOTE' AND (TG_OP = 'INSERT' OR OLD.type <> 'NOTE') THEN RETURN NULL; END IF;
    target := NEW.inquiry_id;
  END IF;
  UPDATE inquiries i
  SET search_text = concat_ws(' ',
    inquiry_person_search_text(i.first_name, i.last_name, i.email, i.phone, i.reference),
    nullif(inquiry_team_notes_text(i.id), ''))
  WHERE i.id = target;
  RETURN NULL;
END $$;

CREATE TRIGGER activities_search_text
  AFTER INSERT OR DELETE OR UPDATE OF body, visibility, type ON activities
  FOR EACH ROW EXECUTE FUNCTION activities_refresh_search_text();

-- Live updates: every new inquiry and every change of status, assignee or site is announced on
-- the "inquiry_events" channel when its transaction commits, to every server process. The
-- payload holds ids and the status only, never health information.
CREATE FUNCTION inquiries_notify_event() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('inquiry_events', json_build_object(
    'op', lower(TG_OP),
    'id', NEW.id,
    'siteId', NEW.site_id,
    'previousSiteId', CASE WHEN TG_OP = 'UPDATE' THEN OLD.site_id END,
    'studyId', NEW.study_id,
    'status', NEW.status,
    'assigneeId', NEW.assignee_id)::text);
  RETURN NULL;
END $$;

CREATE TRIGGER inquiries_notify_insert
  AFTER INSERT ON inquiries
  FOR EACH ROW EXECUTE FUNCTION inquiries_notify_event();

CREATE TRIGGER inquiries_notify_update
  AFTER UPDATE OF status, assignee_id, site_id ON inquiries
  FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id OR OLD.site_id IS DISTINCT FROM NEW.site_id)
  EXECUTE FUNCTION inquiries_notify_event();

-- Rows written before this migration.
UPDATE inquiries i
SET search_text = concat_ws(' ',
  inquiry_person_search_text(i.first_name, i.last_name, i.email, i.phone, i.reference),
  nullif(inquiry_team_notes_text(i.id), ''));
