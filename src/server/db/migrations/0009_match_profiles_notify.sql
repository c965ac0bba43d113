-- Every API process keeps an in-memory match index and refreshes it in the background when told that
-- organizations changed (their offers, needs, strategic profiles and memberships touch the row too) or
-- that a network analysis finished (members' clusters changed). NOTIFY is delivered on commit, and the
-- notifications of one transaction fold into one.
CREATE FUNCTION synergia_notify_match_profiles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('synergia_match_profiles', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER orgs_notify_match_profiles AFTER INSERT OR UPDATE OR DELETE ON orgs
  FOR EACH STATEMENT EXECUTE FUNCTION synergia_notify_match_profiles();
--> statement-breakpoint
CREATE TRIGGER analytics_snapshots_notify_match_profiles AFTER UPDATE OF status ON analytics_snapshots
  FOR EACH ROW WHEN (NEW.status = 'done' AND OLD.status IS DISTINCT FROM 'done')
  EXECUTE FUNCTION synergia_notify_match_profiles();
