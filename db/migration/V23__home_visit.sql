-- When each user last opened their start page, and when they last looked during the visit before
-- this one: the start page shows what reached them since then. A visit is one stretch of looking:
-- opening the page again within half an hour continues it.
create table home_visit (
    user_id bigint not null primary key,
    visited_at datetime(6) not null,
    previous_at datetime(6) null,
    constraint fk_home_visit_user foreign key (user_id) references app_user (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
