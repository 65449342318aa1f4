-- Foundation: regions and their partner organisations, users with one role and membership of
-- regions, and the audit trail every service writes to.
-- Every table people edit carries a version column for optimistic locking.

create table role (
    code varchar(20) not null,
    primary key (code)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

insert into role (code) values ('ADMIN'), ('FACILITATOR'), ('PROFESSIONAL'), ('OBSERVER');

create table region (
    id bigint not null auto_increment,
    code varchar(40) not null,
    name varchar(100) not null,
    description varchar(2000),
    version int not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6) not null default current_timestamp(6) on update current_timestamp(6),
    primary key (id),
    constraint uk_region_code unique (code),
    constraint uk_region_name unique (name)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table organisation (
    id bigint not null auto_increment,
    region_id bigint not null,
    name varchar(150) not null,
    type enum('HOSPITAL', 'MIDWIFERY', 'YOUTH_HEALTH_CARE', 'MATERNITY_CARE', 'MUNICIPALITY',
              'HEALTH_INSURER', 'SOCIAL_DOMAIN', 'OTHER') not null,
    lead_organisation boolean not null default false,
    version int not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6) not null default current_timestamp(6) on update current_timestamp(6),
    primary key (id),
    constraint uk_organisation_region_name unique (region_id, name),
    constraint fk_organisation_region foreign key (region_id) references region (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table app_user (
    id bigint not null auto_increment,
    email varchar(254) not null,
    display_name varchar(100) not null,
    password_hash varchar(255) not null,
    role_code varchar(20) not null,
    language varchar(2) not null default 'nl',
    active boolean not null default true,
    must_change_password boolean not null default false,
    version int not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6) not null default current_timestamp(6) on update current_timestamp(6),
    primary key (id),
    constraint uk_app_user_email unique (email),
    constraint fk_app_user_role foreign key (role_code) references role (code)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table region_membership (
    user_id bigint not null,
    region_id bigint not null,
    created_at datetime(6) not null default current_timestamp(6),
    primary key (user_id, region_id),
    constraint fk_region_membership_user foreign key (user_id) references app_user (id),
    constraint fk_region_membership_region foreign key (region_id) references region (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_region_membership_region on region_membership (region_id);

create table audit_event (
    id bigint not null auto_increment,
    occurred_at datetime(6) not null,
    actor_id bigint,
    actor_email varchar(254),
    entity_type varchar(40) not null,
    entity_id varchar(64) not null,
    action varchar(40) not null,
    change_json text,
    primary key (id),
    constraint fk_audit_event_actor foreign key (actor_id) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_audit_event_occurred on audit_event (occurred_at);
create index ix_audit_event_entity on audit_event (entity_type, entity_id);
create index ix_audit_event_actor on audit_event (actor_id, occurred_at);
