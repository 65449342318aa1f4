-- Working sessions (werksessies): a region's own or a national one, with an ordered agenda and
-- invited attendees. A session is planned, then in progress, then closed.

create table work_session (
    id bigint not null auto_increment,
    region_id bigint,
    title varchar(200) not null,
    starts_at datetime(6) not null,
    ends_at datetime(6) not null,
    location varchar(200),
    online_link varchar(500),
    state enum('PLANNED', 'IN_PROGRESS', 'CLOSED') not null default 'PLANNED',
    created_by bigint not null,
    version int not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6) not null default current_timestamp(6) on update current_timestamp(6),
    primary key (id),
    constraint fk_work_session_region foreign key (region_id) references region (id),
    constraint fk_work_session_created_by foreign key (created_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_work_session_region_start on work_session (region_id, starts_at);
create index ix_work_session_start on work_session (starts_at);

create table agenda_item (
    id bigint not null auto_increment,
    session_id bigint not null,
    position int not null,
    title varchar(200) not null,
    duration_minutes int not null,
    owner_id bigint,
    primary key (id),
    constraint uk_agenda_item_position unique (session_id, position),
    constraint fk_agenda_item_session foreign key (session_id) references work_session (id) on delete cascade,
    constraint fk_agenda_item_owner foreign key (owner_id) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table session_invitee (
    session_id bigint not null,
    user_id bigint not null,
    primary key (session_id, user_id),
    constraint fk_session_invitee_session foreign key (session_id) references work_session (id) on delete cascade,
    constraint fk_session_invitee_user foreign key (user_id) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_session_invitee_user on session_invitee (user_id);
