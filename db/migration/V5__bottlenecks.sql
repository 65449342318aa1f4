-- Bottlenecks (knelpunten) and the national agenda. A bottleneck is raised in one region, other
-- regions recognise it, facilitators promote it to the national agenda (the agenda is the set of
-- promoted bottlenecks, in priority order) and follow it up with the addressees. Every step is an
-- entry on the bottleneck's timeline; current values live on the bottleneck row for fast lists.

create table bottleneck (
    id bigint not null auto_increment,
    region_id bigint not null,
    title varchar(200) not null,
    description text not null,
    category enum('FINANCING', 'SCALE', 'LANGUAGE', 'TIME_CAPACITY', 'DATA_PRIVACY', 'LEGISLATION',
                  'WORKFORCE', 'OTHER') not null,
    status enum('RAISED', 'UNDER_REVIEW', 'ON_AGENDA', 'WITH_ADDRESSEE', 'ADDRESSED', 'CLOSED')
        not null default 'RAISED',
    session_id bigint,
    raised_by bigint not null,
    raised_at datetime(6) not null,
    -- how many regions recognise it besides the raising one; kept by the service with each
    -- recognition so that the matrix sorts on an index
    recognition_count int not null default 0,
    merged_into_id bigint,
    closed_reason varchar(1000),
    -- the national agenda: set when promoted
    on_agenda boolean not null default false,
    agenda_position int,
    proposed_solution text,
    next_step varchar(1000),
    track_owner_id bigint,
    follow_up_date date,
    last_step_at datetime(6) not null,
    version int not null default 0,
    updated_at datetime(6) not null default current_timestamp(6) on update current_timestamp(6),
    primary key (id),
    constraint fk_bottleneck_region foreign key (region_id) references region (id),
    constraint fk_bottleneck_session foreign key (session_id) references work_session (id),
    constraint fk_bottleneck_raised_by foreign key (raised_by) references app_user (id),
    constraint fk_bottleneck_merged_into foreign key (merged_into_id) references bottleneck (id),
    constraint fk_bottleneck_track_owner foreign key (track_owner_id) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_bottleneck_region_raised on bottleneck (region_id, raised_at);
-- lists and the matrix show bottlenecks that were not merged away, newest first
create index ix_bottleneck_live on bottleneck (merged_into_id, raised_at);
create index ix_bottleneck_recognition_count on bottleneck (recognition_count, raised_at);
create index ix_bottleneck_agenda on bottleneck (on_agenda, agenda_position);
create index ix_bottleneck_status on bottleneck (status, raised_at);

create table bottleneck_organisation_type (
    bottleneck_id bigint not null,
    type enum('HOSPITAL', 'MIDWIFERY', 'YOUTH_HEALTH_CARE', 'MATERNITY_CARE', 'MUNICIPALITY',
              'HEALTH_INSURER', 'SOCIAL_DOMAIN', 'OTHER') not null,
    primary key (bottleneck_id, type),
    constraint fk_bottleneck_organisation_type foreign key (bottleneck_id) references bottleneck (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table bottleneck_addressee (
    bottleneck_id bigint not null,
    addressee enum('HEALTH_INSURERS', 'MINISTRY_VWS', 'MUNICIPALITIES', 'BRANCH_ORGANISATIONS',
                   'PROFESSIONAL_GROUPS', 'EXPERTS_BY_EXPERIENCE') not null,
    primary key (bottleneck_id, addressee),
    constraint fk_bottleneck_addressee foreign key (bottleneck_id) references bottleneck (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_bottleneck_addressee on bottleneck_addressee (addressee, bottleneck_id);

-- One recognition per region: the unique key refuses a second one even when two people of the
-- same region click at the same moment.
create table bottleneck_recognition (
    id bigint not null auto_increment,
    bottleneck_id bigint not null,
    region_id bigint not null,
    quote varchar(500),
    recognised_by bigint not null,
    recognised_at datetime(6) not null,
    primary key (id),
    constraint uk_bottleneck_recognition unique (bottleneck_id, region_id),
    constraint fk_bottleneck_recognition_bottleneck foreign key (bottleneck_id) references bottleneck (id),
    constraint fk_bottleneck_recognition_region foreign key (region_id) references region (id),
    constraint fk_bottleneck_recognition_user foreign key (recognised_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_bottleneck_recognition_region on bottleneck_recognition (region_id);

-- The timeline: appended to, never updated.
create table bottleneck_event (
    id bigint not null auto_increment,
    bottleneck_id bigint not null,
    occurred_at datetime(6) not null,
    actor_id bigint not null,
    type enum('RAISED', 'STATUS', 'PROMOTED', 'AGENDA_UPDATED', 'RESPONSE', 'FOLLOW_UP', 'RECOGNISED',
              'RECOGNITION_WITHDRAWN', 'MERGED_IN', 'MERGED_INTO') not null,
    from_status varchar(20),
    to_status varchar(20),
    -- comma-separated addressee codes: who responded, or who the item was put to
    addressees varchar(200),
    text text,
    next_step varchar(1000),
    follow_up_date date,
    track_owner_id bigint,
    -- the other bottleneck of a merge, or the region of a recognition
    related_id bigint,
    primary key (id),
    constraint fk_bottleneck_event_bottleneck foreign key (bottleneck_id) references bottleneck (id),
    constraint fk_bottleneck_event_actor foreign key (actor_id) references app_user (id),
    constraint fk_bottleneck_event_track_owner foreign key (track_owner_id) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_bottleneck_event_bottleneck on bottleneck_event (bottleneck_id, occurred_at);

-- Comments are hidden by a facilitator with a reason, never deleted.
create table bottleneck_comment (
    id bigint not null auto_increment,
    bottleneck_id bigint not null,
    author_id bigint not null,
    body text not null,
    created_at datetime(6) not null,
    hidden_at datetime(6),
    hidden_by bigint,
    hidden_reason varchar(500),
    version int not null default 0,
    primary key (id),
    constraint fk_bottleneck_comment_bottleneck foreign key (bottleneck_id) references bottleneck (id),
    constraint fk_bottleneck_comment_author foreign key (author_id) references app_user (id),
    constraint fk_bottleneck_comment_hidden_by foreign key (hidden_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_bottleneck_comment_bottleneck on bottleneck_comment (bottleneck_id, created_at);
