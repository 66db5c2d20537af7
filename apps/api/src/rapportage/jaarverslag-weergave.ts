import { Injectable, ServiceUnavailableException, type OnApplicationShutdown } from '@nestjs/common';
import { alleTabellen, ChromiumOntbreekt, drukPdf, sluitPdfPrinter, jaarverslagAlsCsv, jaarverslagAlsXlsx, renderJaarverslagHtml, type Jaarverslag, type ZaakLink } from '@handhaving/rapportage';
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
export class JaarverslagWeergave implements OnApplicationShutdown {
  /** The PDF printer's Chromium, started with the first PDF, goes down with the API. */
  async onApplicationShutdown(): Promise<void> {
    await sluitPdfPrinter();
  }

  async geef(verslag: Jaarverslag, formaat: JaarverslagFormaat): Promise<Weergave> {
    const bestandsnaam = `jaarverslag-${verslag.gemeente}-${verslag.periode.jaar ?? verslag.periode.van}${verslag.bekendOp === undefined ? '' : `-bekend-op-${verslag.bekendOp}`}.${formaat}`;
    switch (formaat) {
      case 'json':
        return { inhoud: JSON.stringify(verslag), bestandsnaam };
      case 'html':
        // Only the roles that may read these cases get the report (oov-analist, beheer): the figures link to them.
        return { inhoud: renderJaarverslagHtml(verslag, { zaakLink: zaakLinks(verslag) }), bestandsnaam };
      case 'pdf':
        // Without links to cases: a PDF travels beyond the people who may open them.
        return { inhoud: await pdf(verslag), bestandsnaam };
      case 'xlsx':
        return { inhoud: await jaarverslagAlsXlsx(verslag), bestandsnaam };
      case 'csv':
        return { inhoud: jaarverslagAlsCsv(verslag), bestandsnaam };
    }
  }
}

/** Printed by Chromium; where the server has none, a 503 that says what to install (the other formats still work). */
async function pdf(verslag: Jaarverslag): Promise<Buffer> {
  try {
    return await drukPdf(renderJaarverslagHtml(verslag), { titel: titel(verslag) });
  } catch (error) {
    if (error instanceof ChromiumOntbreekt) throw new ServiceUnavailableException(`${error.message} Het jaarverslag is wel te krijgen als HTML, XLSX, CSV of JSON.`);
    throw error;
  }
}

function titel(verslag: Jaarverslag): string {
  return `Jaarverslag handhaving ${verslag.gemeentenaam ?? verslag.gemeente} ${verslag.periode.jaar ?? `${verslag.periode.van} t/m ${verslag.periode.tot}`}`;
}

/** Each case behind a figure at the route its table names (a table without one has no drill-down). */
function zaakLinks(verslag: Jaarverslag): ZaakLink {
  const routes = new Map<string, string>();
  for (const { tabel } of alleTabellen(verslag)) {
    if (tabel.zaakroute === undefined) continue;
    for (const rij of tabel.rijen) for (const cel of Object.values(rij.cellen)) for (const zaakId of cel.zaken ?? []) routes.set(zaakId, `${tabel.zaakroute}/${encodeURIComponent(zaakId)}`);
  }
  return (zaakId) => routes.get(zaakId);
}
