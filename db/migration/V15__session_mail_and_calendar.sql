-- Session mail and calendars: a session can be cancelled; its calendar invitation carries a
-- sequence that every change of time, place or a cancellation raises, so Outlook and Google
-- replace the earlier invitation instead of adding a second one.
alter table work_session
    modify state enum('PLANNED', 'IN_PROGRESS', 'CLOSED', 'CANCELLED') not null;
alter table work_session
    alter column state set default 'PLANNED';
alter table work_session
    add column calendar_sequence int not null default 0,
    add column cancelled_at datetime(6),
    add column cancelled_by bigint,
    add constraint fk_work_session_cancelled_by foreign key (cancelled_by) references app_user (id);

-- The kinds of mail a person switched off; without a row they receive it.
create table mail_opt_out (
    user_id bigint not null,
    kind enum('INVITATIONS', 'MINUTES', 'REMINDERS') not null,
    created_at datetime(6) not null default current_timestamp(6),
    primary key (user_id, kind),
    constraint fk_mail_opt_out_user foreign key (user_id) references app_user (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- A person's secret calendar feed address: only the SHA-256 of its token is kept. A new address
-- replaces the row, so the old one stops working at once.
create table calendar_feed (
    user_id bigint not null,
    token_hash char(64) not null,
    created_at datetime(6) not null,
    primary key (user_id),
    constraint uk_calendar_feed_token unique (token_hash),
    constraint fk_calendar_feed_user foreign key (user_id) references app_user (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- Reminders sent: the key makes a second send of the same reminder fail on insert, on whichever
-- application instance tries it.
create table sent_reminder (
    kind enum('ACTION_DUE_SOON', 'ACTION_OVERDUE', 'SESSION_TOMORROW') not null,
    item_id bigint not null,
    user_id bigint not null,
    due_date date not null,
    sent_at datetime(6) not null,
    primary key (kind, item_id, user_id, due_date),
    constraint fk_sent_reminder_user foreign key (user_id) references app_user (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
