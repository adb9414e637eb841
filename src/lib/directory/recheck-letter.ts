/**
 * The letter a keeper sends a service to re-check its entry: what the atlas shows, what we most need to
 * know, and a reply form (still right / corrected as follows / service ended), in Dutch, French or English.
 * Written for a colleague at a service, so the register is the formal one of a professional e-mail
 * (u, vous). The same letter as an e-mail message (.eml) and as a mailto: link is recheck-mail.ts's.
 *
 * Pure: the facts are passed in as text, already in the letter's language.
 */
import type { UiLanguage } from '../../schemas/languages.ts';

/** What the atlas shows about the entry, each line already in the letter's language. */
export interface LetterFacts {
  name: string;
  organization: string;
  status: string;
  phones: { number: string; hours?: string | undefined }[];
  email?: string | undefined;
  website?: string | undefined;
  whoMayContact: string;
  area: string;
  verified: string;
  pageUrl: string;
}

/** What the letter asks most: whether the service still runs, whether its number and hours are right. */
export interface LetterAsks {
  status: boolean;
  phone: boolean;
}

interface Words {
  subject: (name: string) => string;
  greeting: string;
  intro: (pageUrl: string) => string;
  askCheck: (name: string) => string;
  labels: {
    name: string;
    organization: string;
    status: string;
    phone: string;
    hours: string;
    email: string;
    website: string;
    who: string;
    area: string;
    verified: string;
  };
  none: string;
  mostTitle: string;
  askStatus: string;
  askPhone: string;
  askRest: string;
  replyTitle: string;
  stillRight: string;
  corrected: string;
  ended: string;
  whoAnswers: string;
  promise: string;
  closing: string;
  signature: string;
}

const words: Record<UiLanguage, Words> = {
  nl: {
    subject: (name) => `Kloppen uw gegevens nog? ${name} in de Family Support Atlas`,
    greeting: 'Geachte mevrouw, geachte heer,',
    intro: (url) =>
      `De Family Support Atlas is een openbare, gratis wegwijzer naar hulp voor gezinnen die te maken krijgen met gewelddadige radicalisering, in België en Nederland. Uw dienst staat erin: ${url}`,
    askCheck: (name) =>
      `Ouders en hulpverleners moeten erop kunnen rekenen dat wat ze er lezen klopt. Wilt u daarom nakijken wat wij over ${name} vermelden?`,
    labels: {
      name: 'Naam',
      organization: 'Organisatie',
      status: 'Status',
      phone: 'Telefoon',
      hours: 'bereikbaar',
      email: 'E-mail',
      website: 'Website',
      who: 'Wie contact kan opnemen',
      area: 'Werkgebied',
      verified: 'Laatst nagekeken',
    },
    none: 'geen',
    mostTitle: 'Wat wij vooral willen weten:',
    askStatus: 'Biedt uw dienst deze hulp nog aan?',
    askPhone: 'Kloppen het telefoonnummer en de uren waarop u bereikbaar bent nog?',
    askRest: 'Kloppen de andere gegevens hierboven nog?',
    replyTitle: 'U kunt gewoon op deze e-mail antwoorden. Zet een kruisje bij wat van toepassing is:',
    stillRight: '[ ] Alles klopt nog.',
    corrected: '[ ] Er is iets veranderd, namelijk:',
    ended: '[ ] De dienst bestaat niet meer. Sinds wanneer, en wie zet het werk voort?',
    whoAnswers: 'Uw naam en functie (alleen voor ons; wij publiceren ze niet):',
    promise:
      'Wij vermelden alleen gegevens die de dienst zelf openbaar maakt, en nooit een persoonlijk e-mailadres of telefoonnummer. Wij stellen deze vraag ongeveer eenmaal per jaar.',
    closing: 'Alvast hartelijk dank.\n\nMet vriendelijke groet,',
    signature: 'De redactie van de Family Support Atlas',
  },
  fr: {
    subject: (name) => `Vos informations sont-elles à jour ? ${name} dans le Family Support Atlas`,
    greeting: 'Madame, Monsieur,',
    intro: (url) =>
      `Le Family Support Atlas est un répertoire public et gratuit de l’aide destinée aux familles confrontées à la radicalisation violente, en Belgique et aux Pays-Bas. Votre service y figure : ${url}`,
    askCheck: (name) =>
      `Les parents et les professionnels doivent pouvoir se fier à ce qu’ils y lisent. Pourriez-vous vérifier ce que nous indiquons au sujet de ${name} ?`,
    labels: {
      name: 'Nom',
      organization: 'Organisation',
      status: 'Statut',
      phone: 'Téléphone',
      hours: 'joignable',
      email: 'Adresse e-mail',
      website: 'Site web',
      who: 'Qui peut prendre contact',
      area: 'Zone desservie',
      verified: 'Dernière vérification',
    },
    none: 'aucun',
    mostTitle: 'Ce que nous aimerions surtout savoir :',
    askStatus: 'Votre service propose-t-il toujours cette aide ?',
    askPhone: 'Le numéro de téléphone et les heures où l’on peut vous joindre sont-ils toujours exacts ?',
    askRest: 'Les autres informations ci-dessus sont-elles toujours exactes ?',
    replyTitle: 'Il vous suffit de répondre à ce courriel en cochant la case qui convient :',
    stillRight: '[ ] Tout est toujours exact.',
    corrected: '[ ] Quelque chose a changé :',
    ended: '[ ] Le service n’existe plus. Depuis quand, et qui poursuit ce travail ?',
    whoAnswers: 'Vos nom et fonction (pour nous seulement ; nous ne les publions pas) :',
    promise:
      'Nous ne publions que les informations que le service rend lui-même publiques, et jamais une adresse e-mail ou un numéro de téléphone personnels. Nous vous posons cette question environ une fois par an.',
    closing: 'Merci d’avance pour votre aide.\n\nBien cordialement,',
    signature: 'L’équipe du Family Support Atlas',
  },
  en: {
    subject: (name) => `Is your listing still right? ${name} in the Family Support Atlas`,
    greeting: 'Dear colleagues,',
    intro: (url) =>
      `The Family Support Atlas is a free public guide to help for families facing violent radicalisation in Belgium and the Netherlands. Your service is listed in it: ${url}`,
    askCheck: (name) =>
      `Parents and professionals need to be able to rely on what they read there. Could you check what we say about ${name}?`,
    labels: {
      name: 'Name',
      organization: 'Organisation',
      status: 'Status',
      phone: 'Phone',
      hours: 'staffed',
      email: 'E-mail',
      website: 'Website',
      who: 'Who may get in touch',
      area: 'Area served',
      verified: 'Last checked',
    },
    none: 'none',
    mostTitle: 'What we most need to know:',
    askStatus: 'Does your service still offer this help?',
    askPhone: 'Are the phone number and the hours when someone answers still right?',
    askRest: 'Is the rest of the information above still right?',
    replyTitle: 'Just reply to this e-mail and tick what applies:',
    stillRight: '[ ] Everything is still right.',
    corrected: '[ ] Something has changed, as follows:',
    ended: '[ ] The service has ended. Since when, and who carries on the work?',
    whoAnswers: 'Your name and role (for us only; we do not publish them):',
    promise:
      'We only publish what the service itself makes public, and never a personal e-mail address or phone number. We ask this about once a year.',
    closing: 'Thank you for your help.\n\nKind regards,',
    signature: 'The Family Support Atlas team',
  },
  de: {
    subject: (name) => `Stimmen Ihre Angaben noch? ${name} im Family Support Atlas`,
    greeting: 'Sehr geehrte Damen und Herren,',
    intro: (url) =>
      `Der Family Support Atlas ist ein öffentliches, kostenloses Verzeichnis der Hilfe für Familien, die mit gewaltbereiter Radikalisierung konfrontiert sind, in Belgien und den Niederlanden. Ihr Dienst ist darin aufgeführt: ${url}`,
    askCheck: (name) =>
      `Eltern und Fachkräfte müssen sich darauf verlassen können, dass stimmt, was sie dort lesen. Würden Sie deshalb prüfen, was wir über ${name} angeben?`,
    labels: {
      name: 'Name',
      organization: 'Organisation',
      status: 'Status',
      phone: 'Telefon',
      hours: 'erreichbar',
      email: 'E-Mail',
      website: 'Internetseite',
      who: 'Wer sich melden kann',
      area: 'Einzugsgebiet',
      verified: 'Zuletzt geprüft',
    },
    none: 'keine',
    mostTitle: 'Was wir vor allem wissen möchten:',
    askStatus: 'Bietet Ihr Dienst diese Hilfe noch an?',
    askPhone: 'Stimmen die Telefonnummer und die Zeiten, zu denen Sie erreichbar sind, noch?',
    askRest: 'Stimmen die übrigen Angaben oben noch?',
    replyTitle: 'Sie können einfach auf diese E-Mail antworten. Kreuzen Sie bitte an, was zutrifft:',
    stillRight: '[ ] Alles stimmt noch.',
    corrected: '[ ] Etwas hat sich geändert, und zwar:',
    ended: '[ ] Den Dienst gibt es nicht mehr. Seit wann, und wer führt die Arbeit fort?',
    whoAnswers: 'Ihr Name und Ihre Funktion (nur für uns; wir veröffentlichen sie nicht):',
    promise:
      'Wir veröffentlichen nur Angaben, die der Dienst selbst öffentlich macht, und nie eine persönliche E-Mail-Adresse oder Telefonnummer. Wir stellen diese Frage etwa einmal im Jahr.',
    closing: 'Vielen Dank im Voraus.\n\nMit freundlichen Grüßen',
    signature: 'Die Redaktion des Family Support Atlas',
  },
};

const municipalities: Record<UiLanguage, (count: number) => string> = {
  nl: (n) => (n === 1 ? '1 gemeente' : `${n} gemeenten`),
  fr: (n) => (n === 1 ? '1 commune' : `${n} communes`),
  en: (n) => (n === 1 ? '1 municipality' : `${n} municipalities`),
  de: (n) => (n === 1 ? '1 Gemeinde' : `${n} Gemeinden`),
};

/** The area served in a line: the municipalities by name when there are a few, else the scope and how many. */
export function areaText(scope: string, names: readonly string[], count: number, lang: UiLanguage): string {
  return names.length > 0 ? names.join(', ') : `${scope} (${municipalities[lang](count)})`;
}

/** The letter as a subject and a plain-text body (lines joined with \n). */
export function recheckLetter(
  facts: LetterFacts,
  asks: LetterAsks,
  lang: UiLanguage,
  from: string,
): { subject: string; body: string } {
  const w = words[lang];
  const l = w.labels;
  // French sets a space before a colon.
  const c = lang === 'fr' ? ' :' : ':';
  const phones =
    facts.phones.length === 0
      ? [`- ${l.phone}${c} ${w.none}`]
      : facts.phones.map((p) => `- ${l.phone}${c} ${p.number}${p.hours ? ` (${l.hours}${c} ${p.hours})` : ''}`);
  const lines = [
    w.greeting,
    '',
    w.intro(facts.pageUrl),
    '',
    w.askCheck(facts.name),
    '',
    `- ${l.name}${c} ${facts.name}`,
    `- ${l.organization}${c} ${facts.organization}`,
    `- ${l.status}${c} ${facts.status}`,
    ...phones,
    `- ${l.email}${c} ${facts.email ?? w.none}`,
    `- ${l.website}${c} ${facts.website ?? w.none}`,
    `- ${l.who}${c} ${facts.whoMayContact}`,
    `- ${l.area}${c} ${facts.area}`,
    `- ${l.verified}${c} ${facts.verified}`,
    '',
    w.mostTitle,
    ...(asks.status ? [`- ${w.askStatus}`] : []),
    ...(asks.phone ? [`- ${w.askPhone}`] : []),
    `- ${w.askRest}`,
    '',
    w.replyTitle,
    '',
    w.stillRight,
    w.corrected,
    '',
    w.ended,
    '',
    w.whoAnswers,
    '',
    w.promise,
    '',
    w.closing,
    w.signature,
    from,
  ];
  return { subject: w.subject(facts.name), body: lines.join('\n') };
}
