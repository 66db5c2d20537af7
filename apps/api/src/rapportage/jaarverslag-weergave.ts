import { Injectable, NotAcceptableException } from '@nestjs/common';
import type { Jaarverslag } from '@handhaving/rapportage';
import type { JaarverslagFormaat } from './jaarverslag.request.dto';

export const MEDIATYPEN: Readonly<Record<JaarverslagFormaat, string>> = {
  json: 'application/json',
  html: 'text/html',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/** A report in one format, with the file name it is saved under. */
export interface Weergave {
  readonly inhoud: string | Buffer;
  readonly bestandsnaam: string;
}

/** Renders a made report in the format asked: one model, so every format shows the same numbers. */
@Injectable()
export class JaarverslagWeergave {
  async geef(verslag: Jaarverslag, formaat: JaarverslagFormaat): Promise<Weergave> {
    const bestandsnaam = `jaarverslag-${verslag.gemeente}-${verslag.periode.jaar ?? verslag.periode.van}${verslag.bekendOp === undefined ? '' : `-bekend-op-${verslag.bekendOp}`}.${formaat}`;
    if (formaat === 'json') return { inhoud: JSON.stringify(verslag), bestandsnaam };
    // HTML, PDF, XLSX and CSV come with their renderers in libs/rapportage.
    throw new NotAcceptableException(`Het jaarverslag is er nog alleen als JSON; ${formaat} volgt`);
  }
}
