-- Unsaved text, kept for its writer alone until the form is saved or the draft is discarded (or
-- it is 30 days old): one row per text field of a form, the form naming what is written (a
-- bottleneck, a comment on bottleneck 42, ...) and the item which one (0 for a new one).
create table draft_text (
    user_id bigint not null,
    form varchar(60) not null,
    item bigint not null,
    field varchar(60) not null,
    content mediumtext not null,
    saved_at datetime(6) not null,
    primary key (user_id, form, item, field),
    constraint fk_draft_text_user foreign key (user_id) references app_user (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- The nightly clean-up removes drafts by age.
create index ix_draft_text_saved_at on draft_text (saved_at);
