-- What a session produces: decisions and action items per agenda item, who attended, and the
-- minutes that closing publishes. Attendees may propose corrections to the minutes for a while
-- after closing; an accepted correction replaces the item's notes and is kept as version history.

create table session_decision (
    id bigint not null auto_increment,
    agenda_item_id bigint not null,
    description varchar(2000) not null,
    created_by bigint not null,
    created_at datetime(6) not null,
    primary key (id),
    constraint fk_session_decision_item foreign key (agenda_item_id) references agenda_item (id) on delete cascade,
    constraint fk_session_decision_created_by foreign key (created_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table session_action (
    id bigint not null auto_increment,
    agenda_item_id bigint not null,
    description varchar(2000) not null,
    owner_id bigint not null,
    owner_organisation_id bigint not null,
    due_date date not null,
    status enum('OPEN', 'DONE', 'DROPPED') not null default 'OPEN',
    created_by bigint not null,
    created_at datetime(6) not null,
    updated_by bigint,
    updated_at datetime(6),
    version int not null default 0,
    primary key (id),
    constraint fk_session_action_item foreign key (agenda_item_id) references agenda_item (id) on delete cascade,
    constraint fk_session_action_owner foreign key (owner_id) references app_user (id),
    constraint fk_session_action_organisation foreign key (owner_organisation_id) references organisation (id),
    constraint fk_session_action_created_by foreign key (created_by) references app_user (id),
    constraint fk_session_action_updated_by foreign key (updated_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_session_action_owner on session_action (owner_id, status, due_date);
create index ix_session_action_status on session_action (status, agenda_item_id);

create table session_attendee (
    session_id bigint not null,
    user_id bigint not null,
    primary key (session_id, user_id),
    constraint fk_session_attendee_session foreign key (session_id) references work_session (id) on delete cascade,
    constraint fk_session_attendee_user foreign key (user_id) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_session_attendee_user on session_attendee (user_id);

alter table work_session
    add column closed_at datetime(6),
    add column closed_by bigint,
    add column minutes_version int not null default 0,
    add constraint fk_work_session_closed_by foreign key (closed_by) references app_user (id);

create table minutes_correction (
    id bigint not null auto_increment,
    session_id bigint not null,
    agenda_item_id bigint not null,
    proposed_text mediumtext not null,
    reason varchar(1000) not null,
    status enum('PENDING', 'ACCEPTED', 'REJECTED') not null default 'PENDING',
    proposed_by bigint not null,
    proposed_at datetime(6) not null,
    decided_by bigint,
    decided_at datetime(6),
    decision_note varchar(1000),
    previous_text mediumtext,
    minutes_version int,
    version int not null default 0,
    primary key (id),
    constraint fk_minutes_correction_session foreign key (session_id) references work_session (id) on delete cascade,
    constraint fk_minutes_correction_item foreign key (agenda_item_id) references agenda_item (id) on delete cascade,
    constraint fk_minutes_correction_proposed_by foreign key (proposed_by) references app_user (id),
    constraint fk_minutes_correction_decided_by foreign key (decided_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_minutes_correction_session on minutes_correction (session_id, status);
