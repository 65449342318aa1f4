-- What happens on the platform, for the activity feeds, and the notifications it sends to the
-- people it concerns. An activity is written once, by the service that did the change, with the
-- audience that may read it (so that feeds filter in the query): 'REGION' for the members of its
-- region (and facilitators and admins), 'MEMBERS' for everyone but observers, 'EVERYONE' for all
-- who are signed in. Titles are kept as they were at the time.

create table activity (
    id bigint not null auto_increment,
    occurred_at datetime(6) not null,
    actor_id bigint not null,
    region_id bigint,
    audience enum('REGION', 'MEMBERS', 'EVERYONE') not null,
    kind varchar(40) not null,
    item_type enum('SESSION', 'ACTION', 'BOTTLENECK', 'FACTSHEET', 'ANALYSIS', 'DOCUMENT') not null,
    item_id bigint not null,
    title varchar(300) not null,
    link varchar(300) not null,
    primary key (id),
    constraint fk_activity_actor foreign key (actor_id) references app_user (id),
    constraint fk_activity_region foreign key (region_id) references region (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_activity_occurred on activity (occurred_at);
create index ix_activity_region on activity (region_id, occurred_at);

create table notification (
    id bigint not null auto_increment,
    recipient_id bigint not null,
    activity_id bigint not null,
    created_at datetime(6) not null,
    read_at datetime(6),
    emailed_at datetime(6),
    primary key (id),
    constraint uk_notification unique (recipient_id, activity_id),
    constraint fk_notification_recipient foreign key (recipient_id) references app_user (id),
    constraint fk_notification_activity foreign key (activity_id) references activity (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_notification_unread on notification (recipient_id, read_at);
create index ix_notification_recent on notification (recipient_id, created_at);

-- Following an item, or explicitly not: an unfollow stops what the rules would otherwise send.
create table item_follow (
    user_id bigint not null,
    item_type enum('SESSION', 'ACTION', 'BOTTLENECK', 'FACTSHEET', 'ANALYSIS', 'DOCUMENT') not null,
    item_id bigint not null,
    following boolean not null,
    changed_at datetime(6) not null,
    primary key (user_id, item_type, item_id),
    constraint fk_item_follow_user foreign key (user_id) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_item_follow_item on item_follow (item_type, item_id, following);

-- The e-mail digest: off unless the user asks for it (and the platform has a mail server).
alter table app_user
    add column digest_frequency enum('NONE', 'DAILY', 'WEEKLY') not null default 'NONE',
    add column digest_sent_at datetime(6);
