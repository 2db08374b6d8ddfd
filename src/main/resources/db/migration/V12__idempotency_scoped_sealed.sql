-- Idempotency records belong to the client that sent the key and hold no secret in clear. From this version
-- idem_key holds a digest of the client and its key, and the edit token of the first answer is sealed in
-- sealed_secret with a key derived from the client's Idempotency-Key, which is not stored.
-- (Numbered after V10/V11, so that databases already at V11 take it in order. It was first merged as V6: a database
-- that applied that V6 already has the column, hence IF NOT EXISTS; start it once with QUARKUS_FLYWAY_REPAIR_AT_START=true
-- so that Flyway forgets the old V6.)
alter table idempotency_record add column if not exists sealed_secret varchar(400);
-- Records written before hold edit tokens in clear in response_body: drop them. A retry of such a post within the
-- 48 h of its key makes a second comment, which the duplicate rule holds for moderators.
delete from idempotency_record where response_body like '%"editToken":"%';
