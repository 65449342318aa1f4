-- Single-use links that let people choose their own password (an invitation, a password reset) or
-- confirm a new e-mail address. Only a SHA-256 hash of each link's random token is kept, so the
-- table gives no way in to whoever reads it. A link is spent at most once: used (used_at), or
-- replaced by a newer link of the same kind (revoked_at); after expires_at it no longer works.
create table account_link (
    id bigint not null auto_increment,
    user_id bigint not null,
    kind enum('INVITATION', 'PASSWORD_RESET', 'EMAIL_CHANGE') not null,
    token_hash char(64) not null,
    new_email varchar(254),
    created_at datetime(6) not null,
    expires_at datetime(6) not null,
    used_at datetime(6),
    revoked_at datetime(6),
    primary key (id),
    constraint uk_account_link_token unique (token_hash),
    constraint fk_account_link_user foreign key (user_id) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_account_link_user_kind on account_link (user_id, kind);

-- An invited account has no password anyone knows until its owner follows the invitation.
-- Everyone describes themselves on their profile: a job title and their discipline.
alter table app_user
    add column invited boolean not null default false,
    add column job_title varchar(100),
    add column organisation_type enum('HOSPITAL', 'MIDWIFERY', 'YOUTH_HEALTH_CARE', 'MATERNITY_CARE',
        'MUNICIPALITY', 'HEALTH_INSURER', 'SOCIAL_DOMAIN', 'OTHER');
