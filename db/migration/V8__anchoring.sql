-- Anchoring tracker: each region assesses per quarter how sustainably its collaboration is
-- anchored, on six dimensions, each scored 1 to 5 with a comment. One assessment per region per
-- quarter; it can be revised, and the last save counts.

create table anchoring_assessment (
    id bigint not null auto_increment,
    region_id bigint not null,
    year int not null,
    quarter tinyint not null,
    saved_by bigint not null,
    saved_at datetime(6) not null,
    version int not null default 0,
    primary key (id),
    constraint uk_anchoring_assessment_quarter unique (region_id, year, quarter),
    constraint fk_anchoring_assessment_region foreign key (region_id) references region (id),
    constraint fk_anchoring_assessment_saved_by foreign key (saved_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table anchoring_score (
    assessment_id bigint not null,
    dimension enum('STRUCTURAL_FUNDING', 'FORMAL_AGREEMENTS', 'GOVERNANCE', 'DATA_SHARING', 'WORKFORCE_AND_TIME',
        'FAMILY_EXPERIENCE') not null,
    score tinyint not null,
    comment varchar(1000),
    primary key (assessment_id, dimension),
    constraint fk_anchoring_score_assessment foreign key (assessment_id) references anchoring_assessment (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
