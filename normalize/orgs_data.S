/* orgs_data.S: embeds normalize/orgs.tsv (the gazetteer) in the binary so
 * that zhdeals needs no data directory at run time. */
    .section .rodata
    .global zd_orgs_tsv
    .global zd_orgs_tsv_end
    .balign 16
zd_orgs_tsv:
    .incbin ORGS_TSV
zd_orgs_tsv_end:
    .byte 0
    .section .note.GNU-stack,"",@progbits
