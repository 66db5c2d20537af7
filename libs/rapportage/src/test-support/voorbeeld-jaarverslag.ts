import type { Jaarverslag } from '../model/jaarverslag';

/**
 * Kerkrade 2020 as its Uitvoeringsplan shows it (chapters 4–6), as a report model, for the
 * renderers' tests: the Damocles table with one cell that differs from what was reported on
 * 14 January 2021 (a sluitingsbesluit later herroepen), the kamerverhuur register at its dates,
 * meldingen by category, and trend charts over three years.
 */
export function voorbeeldJaarverslag(): Jaarverslag {
  return {
    gemeente: 'GM0928',
    gemeentenaam: 'Kerkrade',
    periode: { van: '2020-01-01', tot: '2020-12-31', jaar: 2020 },
    bekendOp: '2021-01-14',
    gemaaktOp: '2021-06-01T09:30:00.000Z',
    hoofdstukken: [
      {
        id: 'damocles',
        titel: 'Cijfers toepassing Damoclesbeleid',
        toelichting: [
          'Alleen daadwerkelijk genomen besluiten tellen; lopende procedures niet.',
          'Een zaak telt bij de zwaarste categorie die in het pand is aangetroffen (harddrugs boven softdrugs boven attributen).',
        ],
        tabellen: [
          {
            id: 'damocles-maatregelen',
            titel: 'Damoclesbeleid 1-1-2020 t/m 31-12-2020',
            rijkop: 'Maatregel',
            kolommen: [
              { sleutel: 'softdrugs', kop: 'softdrugs' },
              { sleutel: 'harddrugs', kop: 'harddrugs' },
              { sleutel: 'attributen', kop: 'attributen' },
              { sleutel: 'totaal', kop: 'totalen' },
            ],
            rijen: [
              {
                kop: 'Sluitingsbesluit',
                cellen: {
                  softdrugs: { waarde: 30, toen: 31, zaken: ['zaak-sd-1', 'zaak-sd-2'], voetnoten: ['herroepen-1'] },
                  harddrugs: { waarde: 10, zaken: ['zaak-hd-1'] },
                  attributen: { waarde: 0 },
                  totaal: { waarde: 40, toen: 41, voetnoten: ['herroepen-1'] },
                },
              },
              {
                kop: 'Waarschuwing',
                cellen: {
                  softdrugs: { waarde: 2, zaken: ['zaak-w-1', 'zaak-w-2'] },
                  harddrugs: { waarde: null },
                  attributen: { waarde: 8 },
                  totaal: { waarde: 10 },
                },
              },
              { kop: 'Ontvangen rapportages', cellen: { totaal: { waarde: 37 } } },
              { kop: 'Recidive (binnen 3 jaar opnieuw in hetzelfde pand)', cellen: { totaal: { waarde: 1 } } },
              { kop: 'Bestuurlijke dwangsom aan drugsdealers', cellen: { totaal: { waarde: 0 } } },
            ],
            voetnoten: [{ id: 'herroepen-1', tekst: 'Met 1 verminderd: het sluitingsbesluit van zaak zaak-sd-3 is later herroepen (beslissing op bezwaar 4 maart 2021).' }],
          },
        ],
        trends: [
          {
            id: 'damocles-sluitingen',
            titel: 'Sluitingsbesluiten per categorie',
            eenheid: 'sluitingsbesluiten',
            jaren: [2018, 2019, 2020],
            reeksen: [
              { naam: 'softdrugs', waarden: [22, 35, 30] },
              { naam: 'harddrugs', waarden: [6, 9, 10] },
              { naam: 'attributen', waarden: [1, 0, 0] },
            ],
          },
          {
            id: 'damocles-rapportages',
            titel: 'Ontvangen rapportages en recidive',
            eenheid: 'zaken',
            jaren: [2018, 2019, 2020],
            reeksen: [
              { naam: 'rapportages', waarden: [58, 66, 37] },
              { naam: 'recidive', waarden: [2, 3, 1] },
            ],
          },
        ],
      },
      {
        id: 'kamerverhuur',
        titel: 'Cijfers aanpak brievenbuspanden',
        toelichting: ['Het register op de peildata, zoals het nu bekend is.'],
        tabellen: [
          {
            id: 'kamerverhuur-register',
            titel: 'Overzicht kamerverhuur',
            rijkop: 'Categorie',
            kolommen: [
              { sleutel: '2020-01-01', kop: 'Situatie 1-1-2020' },
              { sleutel: '2020-06-01', kop: 'Situatie per 1-6-2020' },
              { sleutel: '2021-01-01', kop: 'Situatie per 1-1-2021' },
            ],
            rijen: [
              { kop: 'Aantal panden', cellen: { '2020-01-01': { waarde: 74 }, '2020-06-01': { waarde: 94 }, '2021-01-01': { waarde: 98 } } },
              {
                kop: 'Vergunde kamerverhuur',
                cellen: { '2020-01-01': { waarde: 12, voetnoten: ['sob'] }, '2020-06-01': { waarde: 10, voetnoten: ['sob'] }, '2021-01-01': { waarde: 9 } },
              },
              { kop: 'Handhavingstrajecten', cellen: { '2020-01-01': { waarde: 29 }, '2020-06-01': { waarde: 14 }, '2021-01-01': { waarde: 14 } } },
            ],
            voetnoten: [{ id: 'sob', tekst: 'Met 2 verminderd: 2 objecten met bijzondere afspraken hebben formeel geen kamerverhuurvergunning.' }],
          },
        ],
        trends: [
          {
            id: 'kamerverhuur-register',
            titel: 'Panden in het register',
            eenheid: 'panden',
            soort: 'lijn',
            jaren: [2019, 2020, 2021],
            reeksen: [{ naam: 'panden op 1 januari', waarden: [86, 74, 98] }],
          },
        ],
      },
      {
        id: 'meldingen',
        titel: 'Cijfers meldpunt overlast',
        toelichting: [],
        tabellen: [
          {
            id: 'meldingen-meldpunt',
            titel: 'Meldingen meldpunt overlast',
            rijkop: 'Jaar',
            kolommen: [
              { sleutel: 'drugs', kop: 'Drugsoverlast' },
              { sleutel: 'ondermijning', kop: 'Georganiseerde criminaliteit en ondermijning' },
              { sleutel: 'woonoverlast', kop: 'Woonoverlast' },
              { sleutel: 'totaal', kop: 'totaal' },
            ],
            rijen: [
              { kop: '2020', cellen: { drugs: { waarde: 139 }, ondermijning: { waarde: 0 }, woonoverlast: { waarde: 74 }, totaal: { waarde: 239 } } },
              { kop: '2019', cellen: { drugs: { waarde: 89 }, ondermijning: { waarde: 1 }, woonoverlast: { waarde: 117 }, totaal: { waarde: 263 } } },
              { kop: '2018', cellen: { drugs: { waarde: 53 }, ondermijning: { waarde: 0 }, woonoverlast: { waarde: 94 }, totaal: { waarde: 205 } } },
            ],
            voetnoten: [],
          },
        ],
        trends: [
          {
            id: 'meldingen-categorie',
            titel: 'Meldingen per categorie',
            eenheid: 'meldingen',
            jaren: [2018, 2019, 2020],
            reeksen: [
              { naam: 'Drugsoverlast', waarden: [53, 89, 139] },
              { naam: 'Woonoverlast', waarden: [94, 117, 74] },
            ],
          },
        ],
      },
    ],
  };
}
