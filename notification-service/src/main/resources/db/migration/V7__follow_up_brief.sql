-- What the person needs to know for a task, when there is more than its kind and subject say (a handover's note).
ALTER TABLE follow_up_view ADD COLUMN brief TEXT;
