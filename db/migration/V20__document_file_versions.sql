-- Every file a document has had. The first upload is number 1; replacing the file adds the next
-- number and keeps the earlier ones (their files stay in the document store under their own keys),
-- so each version can still be downloaded and checked against its SHA-256 checksum. The document
-- row goes on carrying its newest file (name, type, size, checksum, key), which is what the
-- library lists, filters on and downloads.
create table document_file (
    id bigint not null auto_increment,
    document_id bigint not null,
    number int not null,
    original_name varchar(255) not null,
    file_type enum('PDF', 'PPTX', 'DOCX', 'XLSX', 'PNG', 'JPEG') not null,
    size_bytes bigint not null,
    sha256 char(64) not null,
    storage_key char(36) not null,
    uploaded_by bigint not null,
    uploaded_at datetime(6) not null,
    primary key (id),
    constraint uk_document_file_number unique (document_id, number),
    constraint uk_document_file_storage_key unique (storage_key),
    constraint fk_document_file_document foreign key (document_id) references document (id) on delete cascade,
    constraint fk_document_file_uploaded_by foreign key (uploaded_by) references app_user (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- The documents there are have had one file each: it becomes their version 1, with the checksum
-- that was computed when it was uploaded.
/* [jooq ignore start] */
insert into document_file
    (document_id, number, original_name, file_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at)
select id, 1, original_name, file_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at
from document;
/* [jooq ignore stop] */
