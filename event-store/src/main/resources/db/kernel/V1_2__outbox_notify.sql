-- Wakes the relay when events commit (NOTIFY is delivered on commit), so it need not poll.
CREATE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox', '');
    RETURN NULL;
END $$;
CREATE TRIGGER event_store_notify AFTER INSERT ON event_store FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox();
