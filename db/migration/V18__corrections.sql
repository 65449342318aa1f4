-- Every mistake can be corrected: a comment is edited with its earlier versions kept, a region
-- withdraws its own bottleneck before it reaches the national agenda, and a facilitator reopens
-- a bottleneck that was addressed, closed or withdrawn.

alter table bottleneck
    modify status enum('RAISED', 'UNDER_REVIEW', 'ON_AGENDA', 'WITH_ADDRESSEE', 'ADDRESSED', 'CLOSED', 'WITHDRAWN')
        not null;
alter table bottleneck
    alter column status set default 'RAISED';

-- The latest edit of a comment: when, by whom, and the facilitator's reason (an author needs none).
alter table bottleneck_comment
    add column edited_at datetime(6),
    add column edited_by bigint,
    add column edit_reason varchar(500),
    add constraint fk_bottleneck_comment_edited_by foreign key (edited_by) references app_user (id);

-- The earlier versions of a comment: the text as it was before each edit, with who changed it,
-- when and why. Appended to, never updated.
create table bottleneck_comment_revision (
    id bigint not null auto_increment,
    comment_id bigint not null,
    previous_body text not null,
    edited_by bigint not null,
    edited_at datetime(6) not null,
    reason varchar(500),
    primary key (id),
    constraint fk_bottleneck_comment_revision_comment foreign key (comment_id) references bottleneck_comment (id),
    constraint fk_bottleneck_comment_revision_user foreign key (edited_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_bottleneck_comment_revision_comment on bottleneck_comment_revision (comment_id, edited_at);
