import { DwangsomVanuitKamerverhuur } from '../dwangsom/processen/dwangsom-vanuit-kamerverhuur.process';
import { RegisterVolgtVergunningEnTraject } from '../kamerverhuur/processen/register-volgt-vergunning-en-traject.process';
import type { SettableClock, TestApi } from './test-api';

/** A pand as the kamerverhuur requests name it: its address. */
export interface Adres {
  readonly postcode: string;
  readonly huisnummer: number;
}

/** What a command answers: the case, the log position of its last event, the events it appended. */
export interface Stapantwoord {
  readonly zaakId?: string;
  readonly position: string;
  readonly events: string[];
  readonly [veld: string]: unknown;
}

/**
 * A medewerker of one gemeente entering the kamerverhuur history through the HTTP API, day by
 * day: `dag(datum)` first lets the process managers finish what the previous day set off (so
 * the register moves they make are recorded on that day too), then sets the clock to 09:00 UTC
 * of the new day. Every request must answer as expected; anything else throws with the request
 * and the answer, so a scenario that breaks says where.
 */
export class KamerverhuurOverHttp {
  private vandaag = '';

  constructor(
    private readonly api: TestApi,
    private readonly clock: SettableClock,
    private readonly token: string,
    readonly gemeente = 'GM0928',
  ) {}

  /** The day being recorded. */
  get datum(): string {
    return this.vandaag;
  }

  /** Moves to the next recording day (never back: the log is recorded in order). */
  async dag(datum: string): Promise<void> {
    if (datum < this.vandaag) throw new Error(`dag ${datum}: ligt vóór de vorige opnamedag ${this.vandaag}`);
    await this.wachtOpProcessen();
    this.vandaag = datum;
    this.clock.set(`${datum}T09:00:00Z`);
  }

  /** Waits until both kamerverhuur process managers handled the whole log (and what they appended themselves); the head position. */
  async wachtOpProcessen(): Promise<bigint> {
    const processen = [this.api.app.get(RegisterVolgtVergunningEnTraject), this.api.app.get(DwangsomVanuitKamerverhuur)];
    for (;;) {
      const kop = await this.api.eventStore().readHeadPosition();
      for (const proces of processen) {
        if (!(await proces.waitForPosition(BigInt(kop), 10_000))) throw new Error(`${proces.constructor.name} kwam niet tot positie ${kop}`);
      }
      if (BigInt(await this.api.eventStore().readHeadPosition()) === BigInt(kop)) return BigInt(kop);
    }
  }

  async betrokkene(naam: string, soort: 'persoon' | 'bedrijf' = 'persoon'): Promise<string> {
    return (await this.post('/api/betrokkenen', { gemeente: this.gemeente, soort, naam }, 201)).betrokkeneId as string;
  }

  /** A pand into the register, in onderzoek from `ingangsdatum` (default: today); its register zaakId. */
  async neemOp(pand: Adres, eigenaarId: string, aantalKamers: number, ingangsdatum = this.vandaag): Promise<string> {
    const antwoord = await this.post('/api/kamerverhuurregister/zaken', { gemeente: this.gemeente, pand, aantalKamers, betrokkenen: { eigenaarId }, ingangsdatum, datum: this.vandaag }, 201);
    return antwoord.zaakId as string;
  }

  registerstap(registerZaakId: string, pad: 'stand' | 'correctie', body: object): Promise<Stapantwoord> {
    return this.post(`/api/kamerverhuurregister/zaken/${registerZaakId}/${pad}`, { datum: this.vandaag, ...body });
  }

  /** An aanvraag for a kamerverhuurvergunning received today; its zaakId. */
  async vraagVergunningAan(pand: Adres, aanvragerId: string, aantalKamers: number): Promise<string> {
    const antwoord = await this.post('/api/kamerverhuurvergunning/zaken', { gemeente: this.gemeente, pand, aanvragerId, aantalKamers, ontvangstdatum: this.vandaag, datum: this.vandaag }, 201);
    return antwoord.zaakId as string;
  }

  vergunningstap(vergunningId: string, pad: string, body: object = {}): Promise<Stapantwoord> {
    return this.post(`/api/kamerverhuurvergunning/zaken/${vergunningId}/${pad}`, { datum: this.vandaag, ...body });
  }

  /** A constatering found today starts a handhavingstraject; its zaakId. */
  async constatering(pand: Adres, soort: 'kamerverhuur' | 'woningsplitsing', overtrederId: string, bevindingen: string): Promise<string> {
    const antwoord = await this.post(
      '/api/kamerverhuurtraject/zaken',
      { gemeente: this.gemeente, pand, soort, overtrederId, constateringsdatum: this.vandaag, toezichthouder: 'toezichthouder J. Smeets', bevindingen, datum: this.vandaag },
      201,
    );
    return antwoord.zaakId as string;
  }

  trajectstap(trajectId: string, pad: string, body: object = {}): Promise<Stapantwoord> {
    return this.post(`/api/kamerverhuurtraject/zaken/${trajectId}/${pad}`, { datum: this.vandaag, ...body });
  }

  dwangsomstap(dwangsomId: string, pad: string, body: object = {}): Promise<Stapantwoord> {
    return this.post(`/api/dwangsom/zaken/${dwangsomId}/${pad}`, { datum: this.vandaag, ...body });
  }

  /** A GET as the same medewerker, 200 expected. */
  async get(pad: string): Promise<Record<string, unknown>> {
    const antwoord = await this.api.http().get(pad).set('Authorization', `Bearer ${this.token}`);
    if (antwoord.status !== 200) throw new Error(`GET ${pad}: ${antwoord.status} ${JSON.stringify(antwoord.body)}`);
    return antwoord.body;
  }

  private async post(pad: string, body: object, verwacht = 200): Promise<Stapantwoord> {
    const antwoord = await this.api.http().post(pad).set('Authorization', `Bearer ${this.token}`).send(body);
    if (antwoord.status !== verwacht) throw new Error(`${this.vandaag} POST ${pad} ${JSON.stringify(body)}: ${antwoord.status} ${JSON.stringify(antwoord.body)}`);
    return antwoord.body;
  }
}
