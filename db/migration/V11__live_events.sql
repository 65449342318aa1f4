-- Live updates between application instances. A service that saves something others are watching
-- (session notes, an unread count) writes a row here in the same transaction; every instance reads
-- the rows other instances wrote a moment ago and tells its own open pages. Rows are kept for a few
-- minutes only. The payload is small: a key or a count, never the saved text itself.

create table live_event (
    id bigint not null auto_increment,
    node varchar(64) not null,
    channel varchar(40) not null,
    event_key bigint not null,
    payload varchar(200) not null,
    created_at datetime(6) not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_live_event_created on live_event (created_at);
