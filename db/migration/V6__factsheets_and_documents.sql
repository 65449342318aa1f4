-- Factsheets: a region's way of working as structured, versioned text with a review workflow.
-- A factsheet has versions; at most one is being worked on (draft, submitted or returned) and
-- the latest published one is what readers see. Published versions are kept for good. Each
-- version carries its own publication level, so a revision that widens or narrows the audience
-- changes nothing until it is published.

create table factsheet (
    id bigint not null auto_increment,
    region_id bigint not null,
    created_by bigint not null,
    created_at datetime(6) not null,
    -- the version readers see, and the one being worked on; kept by the service
    published_version_id bigint,
    working_version_id bigint,
    version int not null default 0,
    updated_at datetime(6) not null default current_timestamp(6) on update current_timestamp(6),
    primary key (id),
    constraint fk_factsheet_region foreign key (region_id) references region (id),
    constraint fk_factsheet_created_by foreign key (created_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_factsheet_region on factsheet (region_id);

create table factsheet_version (
    id bigint not null auto_increment,
    factsheet_id bigint not null,
    number int not null,
    state enum('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED') not null,
    title varchar(200) not null,
    publication_level enum('REGION', 'NATIONAL', 'PUBLIC') not null,
    context text,
    target_group text,
    approach text,
    results text,
    lessons text,
    financing text,
    contact text,
    review_comment varchar(2000),
    created_by bigint not null,
    created_at datetime(6) not null,
    saved_by bigint not null,
    saved_at datetime(6) not null,
    submitted_by bigint,
    submitted_at datetime(6),
    reviewed_by bigint,
    reviewed_at datetime(6),
    published_at datetime(6),
    version int not null default 0,
    primary key (id),
    constraint uk_factsheet_version_number unique (factsheet_id, number),
    constraint fk_factsheet_version_factsheet foreign key (factsheet_id) references factsheet (id),
    constraint fk_factsheet_version_created_by foreign key (created_by) references app_user (id),
    constraint fk_factsheet_version_saved_by foreign key (saved_by) references app_user (id),
    constraint fk_factsheet_version_submitted_by foreign key (submitted_by) references app_user (id),
    constraint fk_factsheet_version_reviewed_by foreign key (reviewed_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- the review queue and the lists of published factsheets
create index ix_factsheet_version_state on factsheet_version (state, publication_level, published_at);

alter table factsheet
    add constraint fk_factsheet_published foreign key (published_version_id) references factsheet_version (id);
alter table factsheet
    add constraint fk_factsheet_working foreign key (working_version_id) references factsheet_version (id);

-- Partners as they stood in the version: name and type are copied, so that a published version
-- reads the same after an organisation is renamed or leaves the partnership.
create table factsheet_partner (
    version_id bigint not null,
    position int not null,
    organisation_id bigint,
    name varchar(150) not null,
    type enum('HOSPITAL', 'MIDWIFERY', 'YOUTH_HEALTH_CARE', 'MATERNITY_CARE', 'MUNICIPALITY',
              'HEALTH_INSURER', 'SOCIAL_DOMAIN', 'OTHER') not null,
    primary key (version_id, position),
    constraint fk_factsheet_partner_version foreign key (version_id) references factsheet_version (id),
    constraint fk_factsheet_partner_organisation foreign key (organisation_id) references organisation (id)
        on delete set null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table factsheet_key_figure (
    version_id bigint not null,
    position int not null,
    label varchar(100) not null,
    value decimal(15, 2) not null,
    unit varchar(30),
    year smallint,
    primary key (version_id, position),
    constraint fk_factsheet_key_figure_version foreign key (version_id) references factsheet_version (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- Documents: files a region shares (presentations, reports, agreements). The bytes live in the
-- document store on disk under storage_key; the row keeps what was checked on upload.
create table document (
    id bigint not null auto_increment,
    region_id bigint not null,
    title varchar(200) not null,
    description varchar(2000),
    publication_level enum('REGION', 'NATIONAL', 'PUBLIC') not null,
    original_name varchar(255) not null,
    file_type enum('PDF', 'PPTX', 'DOCX', 'XLSX', 'PNG', 'JPEG') not null,
    size_bytes bigint not null,
    sha256 char(64) not null,
    storage_key char(36) not null,
    uploaded_by bigint not null,
    uploaded_at datetime(6) not null,
    version int not null default 0,
    updated_at datetime(6) not null default current_timestamp(6) on update current_timestamp(6),
    primary key (id),
    constraint uk_document_storage_key unique (storage_key),
    constraint fk_document_region foreign key (region_id) references region (id),
    constraint fk_document_uploaded_by foreign key (uploaded_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_document_region on document (region_id, uploaded_at);
create index ix_document_level on document (publication_level, uploaded_at);

-- A document shown with a factsheet, a working session or a bottleneck.
create table document_link (
    document_id bigint not null,
    target_type enum('FACTSHEET', 'SESSION', 'BOTTLENECK') not null,
    target_id bigint not null,
    linked_by bigint not null,
    linked_at datetime(6) not null,
    primary key (document_id, target_type, target_id),
    constraint fk_document_link_document foreign key (document_id) references document (id) on delete cascade,
    constraint fk_document_link_linked_by foreign key (linked_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_document_link_target on document_link (target_type, target_id);
