export * from './verzegelde-inhoud';
export * from './regels/beslistermijn-aanvraag';
