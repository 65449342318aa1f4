-- Social cost-benefit analyses (MKBA) of a region: stakeholders with their funding stream, line
-- items (costs and benefits with yearly amounts and adjustments), effects that cannot be priced,
-- and the bottlenecks that block benefits. A scenario is a full copy of an analysis that points at
-- the analysis it was copied from. Amounts are euros with cents; percentages are stored as entered
-- (2.2500 means 2.25%).

create table mkba_analysis (
    id bigint not null auto_increment,
    region_id bigint not null,
    scenario_of_id bigint,
    title varchar(200) not null,
    description text,
    base_year int not null,
    horizon_years int not null,
    price_level_year int not null,
    discount_rate decimal(8, 4) not null,
    custom_rate decimal(8, 4),
    variation_percent decimal(8, 4) not null,
    state enum('DRAFT', 'PUBLISHED') not null,
    publication_level enum('REGION', 'NATIONAL', 'PUBLIC') not null,
    created_by bigint not null,
    created_at datetime(6) not null,
    saved_by bigint not null,
    saved_at datetime(6) not null,
    published_at datetime(6),
    version int not null default 0,
    primary key (id),
    constraint fk_mkba_analysis_region foreign key (region_id) references region (id),
    constraint fk_mkba_analysis_scenario_of foreign key (scenario_of_id) references mkba_analysis (id) on delete cascade,
    constraint fk_mkba_analysis_created_by foreign key (created_by) references app_user (id),
    constraint fk_mkba_analysis_saved_by foreign key (saved_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_mkba_analysis_region on mkba_analysis (region_id, state, publication_level);

create table mkba_stakeholder (
    id bigint not null auto_increment,
    analysis_id bigint not null,
    position int not null,
    name varchar(200) not null,
    funding_stream enum('ZVW', 'WMO', 'YOUTH_ACT', 'HOSPITAL_BUDGET', 'MUNICIPAL_BUDGET', 'PRIVATE', 'OTHER') not null,
    version int not null default 0,
    primary key (id),
    constraint fk_mkba_stakeholder_analysis foreign key (analysis_id) references mkba_analysis (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table mkba_line_item (
    id bigint not null auto_increment,
    analysis_id bigint not null,
    stakeholder_id bigint not null,
    position int not null,
    kind enum('COST', 'BENEFIT') not null,
    description varchar(300) not null,
    value_type enum('FISCAL_CASHABLE', 'FISCAL_NON_CASHABLE', 'ECONOMIC', 'SOCIAL') not null,
    -- CONSTANT: amount from from_year to to_year, grown by growth_percent a year; PER_YEAR: see mkba_line_item_year
    amount_mode enum('CONSTANT', 'PER_YEAR') not null,
    amount decimal(14, 2),
    from_year int,
    to_year int,
    growth_percent decimal(8, 4) not null default 0,
    deadweight decimal(8, 4) not null default 0,
    attribution decimal(8, 4) not null default 0,
    optimism_bias decimal(8, 4) not null default 0,
    drop_off decimal(8, 4) not null default 0,
    source varchar(1000),
    confidence enum('HIGH', 'MEDIUM', 'LOW') not null,
    version int not null default 0,
    primary key (id),
    constraint fk_mkba_line_item_analysis foreign key (analysis_id) references mkba_analysis (id) on delete cascade,
    constraint fk_mkba_line_item_stakeholder foreign key (stakeholder_id) references mkba_stakeholder (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table mkba_line_item_year (
    line_item_id bigint not null,
    year int not null,
    amount decimal(14, 2) not null,
    primary key (line_item_id, year),
    constraint fk_mkba_line_item_year_item foreign key (line_item_id) references mkba_line_item (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table mkba_unpriced_effect (
    id bigint not null auto_increment,
    analysis_id bigint not null,
    stakeholder_id bigint not null,
    position int not null,
    description varchar(300) not null,
    direction enum('VERY_NEGATIVE', 'NEGATIVE', 'NEUTRAL', 'POSITIVE', 'VERY_POSITIVE') not null,
    version int not null default 0,
    primary key (id),
    constraint fk_mkba_unpriced_effect_analysis foreign key (analysis_id) references mkba_analysis (id) on delete cascade,
    constraint fk_mkba_unpriced_effect_stakeholder foreign key (stakeholder_id) references mkba_stakeholder (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- A bottleneck that stands in the way of a benefit.
create table mkba_blocked_benefit (
    bottleneck_id bigint not null,
    line_item_id bigint not null,
    linked_by bigint not null,
    linked_at datetime(6) not null,
    primary key (bottleneck_id, line_item_id),
    constraint fk_mkba_blocked_benefit_bottleneck foreign key (bottleneck_id) references bottleneck (id) on delete cascade,
    constraint fk_mkba_blocked_benefit_item foreign key (line_item_id) references mkba_line_item (id) on delete cascade,
    constraint fk_mkba_blocked_benefit_user foreign key (linked_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_mkba_blocked_benefit_item on mkba_blocked_benefit (line_item_id);
