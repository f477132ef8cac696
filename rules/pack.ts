// The built-in rule pack: the seed policies as rules. Data only; it has the same
// format as an organisation's pack and is validated by the same schema (tests).
// Rules combine signals (a word AND its context) rather than fire on single words.

import type { Localized, Rule, RulePack } from './types';
import { CITATIONS } from './citations';
import { LEXICONS } from './lexicons';

const say = (en: string, fr: string, es: string): Localized => ({ en, fr, es });

const ORG = ['#org', '@orgWords'];

// A candidacy bears on two duties: political impartiality (anyone's, when it is promoted) and
// outside activities (one's own). Two findings, two citations.
const CANDIDACY = { any: ['@standingFor'], all: [['@electedOffice']], within: 4, noneWithin: 12 };
const NOT_AN_ELECTION = ['@contest', '@fiction', '@jobContext'];

const RULES: Rule[] = [
  // ── Confidentiality ──
  {
    id: 'confidentiality.secrecy-marker',
    principle: 'confidentiality',
    severity: 'stop',
    when: [
      { any: ['@secrecyStrong'], none: ['@fiction'], within: 6 },
      { any: ['@teaser'], all: [[...ORG, '@workplace', '@orgDecision', '@internalDoc', '@colleagues']], within: 20, none: ['@fiction'] },
    ],
    message: say(
      'This reads as information that is not meant to be public. Only share what is already public on an official channel.',
      'Cela ressemble à une information qui n’est pas destinée au public. Ne partagez que ce qui est déjà public sur un canal officiel.',
      'Parece información que no está destinada al público. Comparta solo lo que ya es público en un canal oficial.',
    ),
    cite: ['sr-1.2i', 'guideline-6', 'unops-3.4f', 'gam-5'],
  },
  {
    id: 'confidentiality.internal-document',
    principle: 'confidentiality',
    severity: 'stop',
    when: [
      { any: ['@internalDoc'], all: [['@disclosure', '@orgDecision', '@secrecyStrong', '@confidentialWord', '@workplace', ...ORG]], none: ['@published', '@fiction'] },
      { any: ['@internalDoc'], minImages: 1, none: ['@published'] },
    ],
    message: say(
      'Internal documents, meetings and drafts stay internal until they are published officially.',
      'Les documents, réunions et projets internes restent internes tant qu’ils ne sont pas publiés officiellement.',
      'Los documentos, reuniones y borradores internos siguen siendo internos hasta su publicación oficial.',
    ),
    cite: ['sr-1.2i', 'sgb-4.1a', 'gam-5', 'act-confidential'],
  },
  {
    id: 'confidentiality.marked-confidential',
    principle: 'confidentiality',
    severity: 'stop',
    when: [
      {
        any: ['@confidentialWord'],
        all: [['@orgDecision', '@internalDoc', '@docWord', '@workplace', '@leakWord', ...ORG]],
        none: ['@fiction', '@published'],
        within: 12,
      },
    ],
    message: say(
      'Something described as confidential should not be posted, even in part.',
      'Une information qualifiée de confidentielle ne doit pas être publiée, même en partie.',
      'Una información calificada de confidencial no debe publicarse, ni siquiera en parte.',
    ),
    cite: ['sgb-4.1a', 'act-confidential', 'unops-3.4f'],
  },
  {
    id: 'confidentiality.insider-news',
    principle: 'confidentiality',
    severity: 'stop',
    when: [
      { any: ['@orgDecision'], all: [['@preAnnounce', '@secrecyStrong', '@confidentialWord', '@leakWord']], within: 20, none: ['@published'] },
      { any: ['@leakWord'], all: [['@orgDecision', '@internalDoc', '@docWord', '@workplace', '@pressTip', '@confidentialWord', ...ORG]], within: 15, none: ['@fiction', '@published', '@physicalLeak'] },
    ],
    message: say(
      'Decisions and changes not yet announced officially are not yours to announce. Wait for the official publication.',
      'Les décisions et changements pas encore annoncés officiellement ne sont pas à vous d’annoncer. Attendez la publication officielle.',
      'No le corresponde anunciar decisiones y cambios aún no anunciados oficialmente. Espere a la publicación oficial.',
    ),
    cite: ['sr-1.2i', 'guideline-6', 'gam-5-scoop'],
  },
  {
    id: 'confidentiality.press-tip',
    principle: 'confidentiality',
    severity: 'stop',
    when: [{ any: ['@pressTip'], all: [['@grievance', '@leakWord', '@workplace', '@promotion', '@favour', ...ORG]] }],
    message: say(
      'Taking internal matters to the press or to the public discloses information you hold because of your work.',
      'Porter des affaires internes à la presse ou au public divulgue des informations que vous détenez du fait de votre travail.',
      'Llevar asuntos internos a la prensa o al público divulga información que usted conoce por su trabajo.',
    ),
    cite: ['sr-1.2i', 'soc-37', 'gam-5-scoop'],
  },
  {
    id: 'confidentiality.not-yet-public',
    principle: 'confidentiality',
    severity: 'stop',
    when: [
      { any: ['@notYetPublic'], all: [['@internalDoc', '@orgDecision', '@docWord', '@workplace', ...ORG]], within: 15, none: ['@fiction'] },
      { any: ['@privateGroup'], all: [['@orgDecision', '@internalDoc', '@docWord', '@leakWord', '@finallySay', '@confidentialWord']], within: 20 },
      { any: ['@screenshot'], all: [['@messageWord', '@internalDoc', '@workplace', ...ORG]], within: 6, none: ['@fiction'] },
      { any: ['@insiderClaim'], all: [['@orgDecision', '@accusation', '@docWord', '@favour', '@internalDoc']], within: 15 },
    ],
    message: say(
      'Reports, decisions and messages that are not yet public stay internal — a private group does not make sharing them safe.',
      'Les rapports, décisions et messages qui ne sont pas encore publics restent internes — un groupe privé ne rend pas leur partage plus sûr.',
      'Los informes, decisiones y mensajes que aún no son públicos siguen siendo internos; un grupo privado no hace seguro compartirlos.',
    ),
    cite: ['sr-1.2i', 'guideline-6', 'unops-5.2f', 'gam-5-scoop'],
  },
  {
    id: 'confidentiality.insider-access',
    principle: 'confidentiality',
    severity: 'stop',
    when: [{ any: ['@insiderAccess'] }],
    message: say(
      'What you see because of your function (bids, panels, files) is not yours to use or advertise.',
      'Ce que vous voyez du fait de vos fonctions (offres, jurys, dossiers) n’est pas à vous d’utiliser ni de faire valoir.',
      'Lo que ve por su función (ofertas, tribunales, expedientes) no le corresponde usarlo ni anunciarlo.',
    ),
    cite: ['sr-1.2i', 'sr-1.2op'],
  },
  {
    id: 'confidentiality.private-group',
    principle: 'confidentiality',
    severity: 'info',
    when: [{ any: ['@privateGroup'] }],
    message: say(
      'A private group or a friends-only post can still become public.',
      'Un groupe privé ou une publication réservée aux amis peut toujours devenir public.',
      'Un grupo privado o una publicación solo para amigos puede hacerse pública.',
    ),
    cite: ['unops-5.2f', 'act-public'],
  },
  // ── Political impartiality ──
  {
    id: 'political.vote-call',
    principle: 'political-impartiality',
    severity: 'stop',
    when: [
      {
        any: ['@voteCall'],
        all: [['@party', '@electionEvent', '@government', '@candidate', '@condemn', '@nation']],
        within: 8,
        none: ['@fiction', '@contest', '@jobContext', '@neutralVote'],
        noneWithin: 200,
      },
      { any: ['/#(?:vote|votez|votons|vota|votad|votemos)[a-z0-9_]{2,30}/'] },
    ],
    message: say(
      'Calling people to vote for or against a party or candidate takes a political side in public.',
      'Appeler à voter pour ou contre un parti ou un candidat, c’est prendre publiquement parti.',
      'Llamar a votar a favor o en contra de un partido o candidato es tomar partido públicamente.',
    ),
    cite: ['sr-1.2h', 'soc-8-9-33', 'unops-3.4i'],
  },
  {
    id: 'political.candidate-support',
    principle: 'political-impartiality',
    severity: 'stop',
    when: [{ any: ['@candidate'], all: [['@support', '@voteCall'], ['@election', '@party', '@government', '@nation']], within: 14, none: ['@fiction', '@contest', '@jobContext'], noneWithin: 200 }],
    message: say(
      'Publicly supporting a candidate or a party is incompatible with the impartiality your status requires.',
      'Soutenir publiquement un candidat ou un parti est incompatible avec l’impartialité qu’exige votre statut.',
      'Apoyar públicamente a un candidato o partido es incompatible con la imparcialidad que exige su condición.',
    ),
    cite: ['sr-1.2h', 'soc-8-9-33'],
  },
  {
    id: 'political.standing-for-election',
    principle: 'political-impartiality',
    severity: 'stop',
    when: [{ ...CANDIDACY, none: NOT_AN_ELECTION }],
    message: say(
      'Standing for election is political activity: it must stay compatible with the impartiality your status requires.',
      'Se présenter à une élection est une activité politique : elle doit rester compatible avec l’impartialité qu’exige votre statut.',
      'Presentarse a unas elecciones es una actividad política: debe seguir siendo compatible con la imparcialidad que exige su condición.',
    ),
    cite: ['sr-1.2h', 'soc-8-9-33'],
  },
  {
    id: 'political.attack-government',
    principle: 'political-impartiality',
    severity: 'stop',
    when: [
      { any: ['@government'], all: [['@condemn']], within: 6, none: ['@fiction'] },
      { any: ['@denounce'], all: [['@government']], within: 8, none: ['@fiction'] },
    ],
    message: say(
      'Attacking or denouncing a government, a party or its leaders takes a political side.',
      'Attaquer ou dénoncer un gouvernement, un parti ou ses dirigeants, c’est prendre parti politiquement.',
      'Atacar o denunciar a un gobierno, un partido o sus dirigentes es tomar partido políticamente.',
    ),
    cite: ['soc-8-9-33-gov', 'sr-1.2f', 'unops-3.4i'],
  },
  {
    id: 'political.protest',
    principle: 'political-impartiality',
    severity: 'caution',
    when: [{ any: ['@protest'], all: [['@against', '@government', '@controversial']], within: 8, none: ['@fiction'] }],
    message: say(
      'Calling people to a protest or a boycott can be read as taking sides on a controversial question.',
      'Appeler à manifester ou à boycotter peut être lu comme une prise de position sur une question controversée.',
      'Llamar a una protesta o a un boicot puede leerse como tomar partido en una cuestión controvertida.',
    ),
    cite: ['soc-8-9-33', 'sr-1.2f'],
  },
  {
    id: 'political.controversial-stance',
    principle: 'political-impartiality',
    severity: 'caution',
    when: [{ any: ['@controversial'], all: [['@stance', '@condemn', '@support']], within: 8, none: ['@fiction'] }],
    message: say(
      'Taking a public stand on a controversial issue can put your impartiality in doubt.',
      'Prendre publiquement position sur une question controversée peut faire douter de votre impartialité.',
      'Tomar posición pública sobre una cuestión controvertida puede poner en duda su imparcialidad.',
    ),
    cite: ['soc-8-9-33', 'unops-3.4i'],
  },
  {
    id: 'political.proselytism',
    principle: 'political-impartiality',
    severity: 'caution',
    when: [{ any: ['@proselytism'] }],
    message: say(
      'Promoting a religious or political view to others is proselytism.',
      'Promouvoir un point de vue religieux ou politique auprès des autres relève du prosélytisme.',
      'Promover ante otros un punto de vista religioso o político es proselitismo.',
    ),
    cite: ['act-proselytism', 'act-tolerance'],
  },
  // ── Public grievances ──
  {
    id: 'grievance.criticise-organisation',
    principle: 'public-grievance',
    severity: 'stop',
    when: [{ any: ['@workplace', '#org'], all: [['@grievance']], within: 8, none: ['@fiction', '@referredToComms'] }],
    message: say(
      'Criticising your organisation, its management or colleagues in public airs a grievance; use internal channels instead.',
      'Critiquer en public votre organisation, sa direction ou vos collègues revient à exprimer un grief ; passez par les voies internes.',
      'Criticar en público a su organización, su dirección o sus colegas es expresar una queja; use los canales internos.',
    ),
    cite: ['soc-37', 'soc-35', 'gam-1'],
  },
  {
    id: 'grievance.colleague-behaviour',
    principle: 'public-grievance',
    severity: 'caution',
    when: [{ any: ['@colleagues'], all: [['@grievance']], within: 6, none: ['@fiction'] }],
    message: say(
      'A public complaint about colleagues or a boss is a workplace grievance aired in public.',
      'Une plainte publique contre des collègues ou un chef est un grief professionnel exprimé en public.',
      'Una queja pública sobre colegas o un jefe es una queja laboral expresada en público.',
    ),
    cite: ['soc-37'],
  },
  {
    id: 'grievance.recruitment',
    principle: 'public-grievance',
    severity: 'stop',
    when: [{ any: ['@favour'], all: [['@promotion']], within: 14, none: ['@fiction'] }],
    message: say(
      'Complaints about promotions or recruitment belong in the internal justice system, not on social media.',
      'Les contestations de promotions ou de recrutements relèvent du système de justice interne, pas des réseaux sociaux.',
      'Las quejas sobre ascensos o contrataciones corresponden al sistema de justicia interna, no a las redes sociales.',
    ),
    cite: ['soc-37'],
  },
  // ── Harassment ──
  {
    id: 'harassment.severe-insult',
    principle: 'harassment',
    severity: 'stop',
    when: [{ any: ['@insultSevere'], none: ['i m', 'i am', 'je suis', 'soy'], within: 2 }],
    message: say(
      'Insults demean and humiliate; they are harassment whoever they target.',
      'Les insultes rabaissent et humilient : c’est du harcèlement, quelle que soit la cible.',
      'Los insultos degradan y humillan: son acoso, sea quien sea el destinatario.',
    ),
    cite: ['sgb-2019-8-1.4', 'gam-3', 'unops-3.4n'],
  },
  {
    id: 'harassment.insult-person',
    principle: 'harassment',
    severity: 'stop',
    when: [
      { any: ['@insultStrong', '@insultWeak'], all: [['@secondPerson']], within: 3 },
      { any: ['@insultStrong'], all: [['@personRef', '@government', '@party', '@gossip', '#mention']], within: 4, none: ['@fiction'] },
      { any: ['@mockery'], all: [['@groups', '@colleagues', '@workplace']], within: 10 },
      { any: ['@dismissal'] },
    ],
    message: say(
      'Name-calling a person or a group is humiliating and can be defamatory.',
      'Traiter une personne ou un groupe de noms est humiliant et peut être diffamatoire.',
      'Insultar a una persona o a un grupo es humillante y puede ser difamatorio.',
    ),
    cite: ['sgb-2019-8-1.3', 'sgb-2019-8-1.4', 'gam-qa-defamation'],
  },
  {
    id: 'harassment.group-hate',
    principle: 'harassment',
    severity: 'stop',
    when: [{ any: ['@groups'], all: [['@generalizer'], ['@groupSlur']], within: 8 }],
    message: say(
      'Generalisations that demean a whole group are discrimination.',
      'Les généralisations qui rabaissent tout un groupe sont de la discrimination.',
      'Las generalizaciones que degradan a todo un grupo son discriminación.',
    ),
    cite: ['sr-1.2a', 'act-tolerance', 'gam-qa-defamation'],
  },
  {
    id: 'harassment.insinuation',
    principle: 'harassment',
    severity: 'stop',
    when: [
      { any: ['@gossip'], all: [['@accusation', '@closeRelations', '@insultStrong']], within: 12 },
      { any: ['@closeRelations'], all: [['@promotion', '@favour', '@workplace']], within: 15 },
      { any: ['sleeping with', 'sleeps with', 'slept with', 'affair with', 'couche avec', 'coucher avec', 'liaison avec', 'se acuesta con', 'lio con'], all: [['@workplace', '@colleagues', '@promotion', '#name']], within: 12 },
    ],
    message: say(
      'Insinuations about a person’s private life or integrity can be defamatory and humiliating.',
      'Les insinuations sur la vie privée ou l’intégrité d’une personne peuvent être diffamatoires et humiliantes.',
      'Las insinuaciones sobre la vida privada o la integridad de una persona pueden ser difamatorias y humillantes.',
    ),
    cite: ['sgb-2019-8-1.3', 'gam-qa-defamation'],
  },
  {
    id: 'harassment.threat',
    principle: 'harassment',
    severity: 'stop',
    when: [
      { any: ['@threat'] },
      { any: ['#phone', '#address'], all: [['@insultStrong', '@insultSevere', '@threat', '@grievance', 'lives', 'lives at', 'vit', 'habite', 'vive', 'vive en', 'address', 'adresse', 'direccion', 'insults us', 'nous insulte', 'nos insulta']], within: 12 },
    ],
    message: say(
      'Threats and exposing someone’s details are intimidation.',
      'Les menaces et la divulgation des coordonnées de quelqu’un sont de l’intimidation.',
      'Las amenazas y la divulgación de los datos de alguien son intimidación.',
    ),
    cite: ['sgb-2019-8-1.4'],
  },
  // ── Accuracy ──
  {
    id: 'accuracy.spread-unverified',
    principle: 'accuracy',
    severity: 'stop',
    when: [{ any: ['@unverifiedStrong', '@hearsay', '@alarm'], all: [['@spreadCall']] }],
    message: say(
      'Asking people to spread something you have not verified spreads misinformation. Check the facts and the source first.',
      'Demander de diffuser une information non vérifiée propage de la désinformation. Vérifiez d’abord les faits et la source.',
      'Pedir que se difunda algo no verificado propaga desinformación. Verifique antes los hechos y la fuente.',
    ),
    cite: ['unops-3.4c', 'cascade-foreword', 'gam-2'],
  },
  {
    id: 'accuracy.unverified-claim',
    principle: 'accuracy',
    severity: 'caution',
    when: [
      { any: ['@unverifiedStrong'], none: ['@fiction'], within: 6 },
      { any: ['@dubiousSource'], all: [['@shareAct', '@hearsay', '@alarm', '@endorsementDisclaimer', '@spreadCall', '@unverifiedStrong']] },
      { any: ['@gossip'], all: [['@accusation']], within: 12 },
    ],
    message: say(
      'This looks unverified. Check it before posting, or say nothing until it is confirmed.',
      'Cela semble non vérifié. Vérifiez avant de publier, ou attendez une confirmation.',
      'Esto parece no verificado. Compruébelo antes de publicar o espere a que se confirme.',
    ),
    cite: ['unops-3.4c', 'unops-3.4j'],
  },
  {
    id: 'accuracy.implied-presence',
    principle: 'accuracy',
    severity: 'caution',
    when: [{ any: ['@remoteOnly'], all: [['@presenceClaim']], within: 15 }],
    message: say(
      'If you did not attend, do not imply that you did.',
      'Si vous n’y étiez pas, ne laissez pas entendre le contraire.',
      'Si no asistió, no dé a entender que sí.',
    ),
    cite: ['unops-3.4b'],
  },
  {
    id: 'accuracy.outdated-figures',
    principle: 'accuracy',
    severity: 'caution',
    when: [{ any: ['@staleHedge'], all: [['@dataWord'], ['/\\b(?:19|20)\\d\\d\\b/', 'old', 'outdated', 'ancien', 'anciens', 'vieux', 'viejos', 'antiguos']], within: 20 }],
    message: say(
      'Out-of-date figures spread fast; give the date of the data or find current figures.',
      'Les chiffres obsolètes se propagent vite : datez les données ou trouvez des chiffres à jour.',
      'Las cifras obsoletas se propagan rápido: indique la fecha de los datos o busque cifras actuales.',
    ),
    cite: ['unops-3.4c', 'unops-3.4j'],
  },
  // ── Endorsement ──
  {
    id: 'endorsement.unchecked-share',
    principle: 'endorsement',
    severity: 'caution',
    when: [
      { any: ['@shareAct'], all: [['@noCheck', '@dubiousSource', '@unverifiedStrong']], within: 12 },
      { any: ['@spreadCall'], all: [['@unverifiedStrong', '@hearsay']] },
      { any: ['@endorsementDisclaimer'], all: [['but', 'mais', 'pero', '@groups', '@condemn', '@dubiousSource', '@grievance']], within: 8 },
    ],
    message: say(
      'Sharing is read as endorsing. Check the source and the content before you relay it.',
      'Partager, c’est approuver aux yeux des autres. Vérifiez la source et le contenu avant de relayer.',
      'Compartir se interpreta como respaldar. Verifique la fuente y el contenido antes de difundirlo.',
    ),
    cite: ['guideline-9', 'unops-3.4q', 'gam-2'],
  },
  {
    id: 'endorsement.harmful-share',
    principle: 'endorsement',
    severity: 'stop',
    when: [{ any: ['@shareAct'], all: [['@mockery', '@insultStrong', '@insultSevere', '@groupSlur']], within: 10 }],
    message: say(
      'Liking or sharing content that mocks or demeans people endorses it.',
      'Aimer ou partager un contenu qui se moque de personnes ou les rabaisse, c’est l’approuver.',
      'Dar me gusta o compartir un contenido que se burla de personas o las degrada es respaldarlo.',
    ),
    cite: ['guideline-9', 'unops-3.4q', 'gam-3'],
  },
  {
    id: 'endorsement.disclaimer',
    principle: 'endorsement',
    severity: 'info',
    when: [{ any: ['@endorsementDisclaimer'] }],
    message: say(
      '"Retweets are not endorsements" does not change how a share is read.',
      '« Un partage n’est pas une approbation » ne change pas la façon dont un partage est perçu.',
      '«Compartir no es respaldar» no cambia cómo se interpreta lo que comparte.',
    ),
    cite: ['guideline-9'],
  },
  // ── Privacy and consent ──
  {
    id: 'privacy.tagging',
    principle: 'privacy-consent',
    severity: 'caution',
    when: [
      { any: ['@tagging'], all: [['@photoWords', 'everyone', 'everybody', 'all of you', 'tous', 'todos', '#mention']], within: 10 },
      { any: ['#mention'], min: 3, all: [['@photoWords'], ['@colleagues', 'office', 'bureau', 'oficina', '@tagging']] },
    ],
    message: say(
      'Ask your colleagues before naming or tagging them, especially in photos.',
      'Demandez l’accord de vos collègues avant de les nommer ou de les identifier, surtout sur des photos.',
      'Pida permiso a sus colegas antes de nombrarlos o etiquetarlos, sobre todo en fotos.',
    ),
    cite: ['gam-6', 'guideline-10', 'gam-qa-photo'],
  },
  {
    id: 'privacy.health-details',
    principle: 'privacy-consent',
    severity: 'caution',
    when: [
      { any: ['@health'], all: [['@personHealthRef', '#name', '#mention']], within: 6, none: ['i m', 'i am', 'i was', 'je suis', 'j ai ete', 'estoy', 'my own'], noneWithin: 2 },
      { any: ['@consentMissing'], all: [['@health', '@privateStatus']], within: 15 },
      { any: ['#address', '#phone', '@homeReveal'], all: [['@colleagues', '@personHealthRef', 'adresse perso', 'personal address', 'home address', 'direccion personal', 'numero perso', 'personal number', 'numero personal']], within: 12 },
    ],
    message: say(
      'Health and private details about someone else are theirs to share, not yours.',
      'Les informations de santé et les détails privés d’une autre personne lui appartiennent ; ce n’est pas à vous de les publier.',
      'Los datos de salud y los detalles privados de otra persona le pertenecen; no le corresponde publicarlos.',
    ),
    cite: ['sgb-4.1c', 'guideline-10', 'unops-3.4g'],
  },
  {
    id: 'privacy.private-status',
    principle: 'privacy-consent',
    severity: 'caution',
    when: [{ any: ['@privateStatus'], all: [['@personHealthRef', '@colleagues', '#name']], within: 8 }],
    message: say(
      'Someone’s status, family or money matters are private.',
      'La situation, la famille ou l’argent de quelqu’un relèvent de sa vie privée.',
      'La situación, la familia o el dinero de alguien pertenecen a su vida privada.',
    ),
    cite: ['sgb-4.1c'],
  },
  {
    id: 'privacy.vulnerable-people',
    principle: 'privacy-consent',
    severity: 'caution',
    when: [
      { any: ['@vulnerable'], minImages: 1, none: ['@published', '@leisure', '@animals'] },
      { any: ['@vulnerable'], all: [['#name'], ['@meetName', '@identifying']], within: 8 },
    ],
    message: say(
      'People in vulnerable situations (patients, refugees, beneficiaries) must give informed consent before they appear or are named.',
      'Les personnes en situation de vulnérabilité (patients, réfugiés, bénéficiaires) doivent donner leur consentement éclairé avant d’apparaître ou d’être nommées.',
      'Las personas en situación vulnerable (pacientes, refugiados, beneficiarios) deben dar su consentimiento informado antes de aparecer o ser nombradas.',
    ),
    cite: ['act-consent', 'unops-3.4h', 'guideline-10'],
  },
  {
    id: 'privacy.no-consent',
    principle: 'privacy-consent',
    severity: 'stop',
    when: [{ any: ['@consentMissing'], all: [['@photoWords', '@colleagues', '@vulnerable', '@child', '@tagging']] }],
    message: say(
      'Posting people without their consent breaks their right to their image and privacy.',
      'Publier des personnes sans leur consentement porte atteinte à leur droit à l’image et à leur vie privée.',
      'Publicar a personas sin su consentimiento vulnera su derecho a la imagen y a la privacidad.',
    ),
    cite: ['gam-qa-photo', 'act-consent', 'sgb-4.1c'],
  },
  {
    id: 'privacy.colleague-photo',
    principle: 'privacy-consent',
    severity: 'caution',
    when: [{ any: ['@mockery', '@consentMissing'], all: [['@colleagues', '@workplace', '@photoWords']], within: 10, minImages: 1 }],
    message: say(
      'A photo of a colleague posted to mock them, or against their wish, disregards their privacy and image rights.',
      'Une photo d’un collègue publiée pour s’en moquer, ou contre son gré, ignore sa vie privée et son droit à l’image.',
      'Una foto de un colega publicada para burlarse o contra su voluntad ignora su privacidad y su derecho a la imagen.',
    ),
    cite: ['guideline-10', 'gam-qa-photo'],
  },
  {
    id: 'privacy.phone-number',
    principle: 'privacy-consent',
    severity: 'caution',
    when: [{ any: ['#phone'], none: ['@hotline'] }],
    message: say(
      'A phone number is personal information; make sure its owner agreed to have it posted.',
      'Un numéro de téléphone est une donnée personnelle : assurez-vous que son titulaire a accepté sa publication.',
      'Un número de teléfono es un dato personal: asegúrese de que su titular aceptó publicarlo.',
    ),
    cite: ['sgb-4.1c', 'unops-3.4g'],
  },
  // ── Safety and security ──
  {
    id: 'security.movements',
    principle: 'safety-security',
    severity: 'caution',
    when: [
      { any: ['@movement'], all: [['@fieldPlace', '#room', '#gps']], within: 10, none: ['@leisure', '@returned', '@fiction', '@published'] },
      { any: ['#room'], all: [['@lodging']], within: 8 },
      { any: ['@aloneOrEmpty'], all: [['@movement', '@fieldPlace', '@lodging', '#time']], within: 12, none: ['@fiction'] },
    ],
    message: say(
      'Where you are, where you sleep and when you move can put you and others at risk.',
      'Où vous êtes, où vous dormez et quand vous vous déplacez peut vous mettre en danger, vous et d’autres.',
      'Dónde está, dónde duerme y cuándo se desplaza puede ponerle en riesgo a usted y a otros.',
    ),
    cite: ['unops-3.4g', 'act-security'],
  },
  {
    id: 'security.arrangements',
    principle: 'safety-security',
    severity: 'stop',
    when: [
      { any: ['@securityDetail'], all: [['@fieldPlace', '@sensitivePremises', '@movement', '#time']], within: 10, none: ['@fiction', '@leisure'] },
      { any: ['@securityWeakness'], none: ['@fiction'], within: 6 },
      { any: ['@securityDevice'], all: [['@broken']], within: 6, none: ['@fiction'] },
    ],
    message: say(
      'Security arrangements, guards, routes and weak points must never be posted.',
      'Les dispositifs de sécurité, les gardes, les itinéraires et les points faibles ne doivent jamais être publiés.',
      'Los dispositivos de seguridad, los guardias, las rutas y los puntos débiles nunca deben publicarse.',
    ),
    cite: ['unops-3.4g', 'sgb-4.1d', 'act-security'],
  },
  {
    id: 'security.live-location',
    principle: 'safety-security',
    severity: 'caution',
    when: [{ any: ['@liveLocation'] }, { any: ['#time'], all: [['@routine'], ['@goingOut', '@movement']], within: 10 }],
    message: say(
      'Live locations and daily routines tell anyone where to find people and when.',
      'Une position en direct ou des habitudes quotidiennes indiquent à tous où et quand trouver des personnes.',
      'Una ubicación en directo o las rutinas diarias indican a cualquiera dónde y cuándo encontrar a las personas.',
    ),
    cite: ['unops-3.4g', 'act-minors'],
  },
  {
    id: 'security.premises-photos',
    principle: 'safety-security',
    severity: 'caution',
    when: [{ any: ['@sensitivePremises'], minImages: 1, none: ['@leisure'] }],
    message: say(
      'Photos of premises such as warehouses or compounds can show what is inside and where it is.',
      'Des photos de locaux comme des entrepôts ou des enceintes peuvent montrer ce qu’ils contiennent et où ils se trouvent.',
      'Las fotos de instalaciones como almacenes o recintos pueden mostrar qué contienen y dónde están.',
    ),
    cite: ['cascade-scenario-3', 'gam-qa-photo', 'unops-3.4g'],
  },
  {
    id: 'security.exact-location',
    principle: 'safety-security',
    severity: 'caution',
    when: [{ any: ['#gps'] }, { any: ['@homeReveal'] }, { any: ['#address'], all: [['@lodging', '@homeReveal', 'i live', 'we live', 'lives', 'j habite', 'nous habitons', 'habite', 'vit', 'vivo', 'vivimos', 'vive', 'my place', 'chez moi', 'mi casa', 'i m at', 'je suis a', 'estoy en']], within: 8 }],
    message: say(
      'Exact coordinates or a home address tell anyone where to find you.',
      'Des coordonnées exactes ou une adresse personnelle indiquent à tous où vous trouver.',
      'Unas coordenadas exactas o una dirección personal indican a cualquiera dónde encontrarle.',
    ),
    cite: ['unops-3.4g'],
  },
  // ── Children ──
  {
    id: 'minors.identifiable-child',
    principle: 'minors',
    severity: 'stop',
    also: ['privacy-consent'],
    when: [
      { any: ['@child'], all: [['#childAge', '@identifying']], within: 10, none: ['@ownFamily', '@ownChildhood', '@secondHand'] },
      { any: ['#childAgeStrict', '#childAges'], all: [['#name', '@identifying', '@childPlace', '@child', '@vulnerable']], within: 10, none: ['@ownFamily', '@ownChildhood'] },
      { any: ['#childName'], all: [['@childPlace', '@vulnerable', '@child', '@identifying']], within: 15, none: ['@ownFamily', '@ownChildhood'] },
    ],
    message: say(
      'Never post what identifies a child or where a child is: name, age, place, school.',
      'Ne publiez jamais ce qui permet d’identifier un enfant ou de savoir où il se trouve : nom, âge, lieu, école.',
      'Nunca publique lo que identifique a un menor o dónde se encuentra: nombre, edad, lugar, escuela.',
    ),
    cite: ['act-minors'],
  },
  {
    id: 'minors.child-photo',
    principle: 'minors',
    severity: 'caution',
    also: ['privacy-consent'],
    when: [{ any: ['@child'], minImages: 1, all: [['@vulnerable', '@childPlace', '#name', '@identifying', ...ORG]], within: 15, none: ['@ownFamily', '@ownChildhood'] }],
    message: say(
      'Pictures of children need their guardians’ consent and must not show where they are.',
      'Les photos d’enfants exigent l’accord de leurs tuteurs et ne doivent pas montrer où ils se trouvent.',
      'Las fotos de menores requieren el consentimiento de sus tutores y no deben mostrar dónde están.',
    ),
    cite: ['act-minors', 'act-consent'],
  },
  // ── Official capacity ──
  {
    id: 'official.on-behalf',
    principle: 'official-capacity',
    severity: 'stop',
    when: [
      { any: ['@onBehalf'], all: [ORG], within: 6, none: ['@published', '@notOnBehalf'], noneWithin: 40 },
      { any: ['@orgVoice'], all: [ORG], none: ['@published'] },
      { any: ['@unofficialAccount'], all: [[...ORG, '@bypassComms']], within: 15 },
    ],
    message: say(
      'Official statements are made by authorised people on official accounts, not from a personal account.',
      'Les déclarations officielles sont faites par des personnes autorisées sur les comptes officiels, pas depuis un compte personnel.',
      'Las declaraciones oficiales las hacen personas autorizadas en cuentas oficiales, no desde una cuenta personal.',
    ),
    cite: ['sgb-3.7', 'gam-1', 'act-official', 'unops-3.4e'],
  },
  {
    id: 'official.name-emblem',
    principle: 'official-capacity',
    severity: 'caution',
    also: ['intellectual-property'],
    when: [{ any: ['@emblem'], all: [ORG, ['@personalUse', '@commerce']], within: 10 }],
    message: say(
      'The organisation’s name and emblem are reserved for official communications.',
      'Le nom et l’emblème de l’organisation sont réservés aux communications officielles.',
      'El nombre y el emblema de la organización están reservados a las comunicaciones oficiales.',
    ),
    cite: ['guideline-3', 'unops-5.2a'],
  },
  {
    id: 'official.org-in-handle',
    principle: 'official-capacity',
    severity: 'caution',
    when: [{ any: ['@handleWord'], all: [['/@(?:un|onu|unops|undp|pnud|unicef|unhcr|acnur|wfp|pam|oms|ocha|unfpa|unesco|gam)[_.][a-z0-9_]+/']], within: 8 }],
    message: say(
      'Keep the organisation’s name out of your user name, so that your account is clearly personal.',
      'Ne mettez pas le nom de l’organisation dans votre nom d’utilisateur, pour que votre compte soit clairement personnel.',
      'No incluya el nombre de la organización en su nombre de usuario, para que su cuenta sea claramente personal.',
    ),
    cite: ['unops-5.2a', 'guideline-3'],
  },
  {
    id: 'official.disclaimer',
    principle: 'official-capacity',
    severity: 'info',
    when: [{ any: ['@viewsOwn'] }],
    message: say(
      '"Views are my own" does not release you from the duty of impartiality.',
      '« Mes opinions n’engagent que moi » ne vous dispense pas du devoir d’impartialité.',
      '«Las opiniones son mías» no le exime del deber de imparcialidad.',
    ),
    cite: ['guideline-2', 'unops-5.2c'],
  },
  // ── Replies in anger ──
  {
    id: 'heated.angry-reply',
    principle: 'heated-reply',
    severity: 'caution',
    when: [
      { any: ['@heated'], all: [['@underAttack']], within: 12 },
      { any: ['@heated'], all: [['@secondPerson']], within: 6, kinds: ['reply', 'comment'] },
      { any: ['#shouting'], all: [['@secondPerson']], kinds: ['reply', 'comment'] },
      { any: ['@heated'], min: 2 },
    ],
    message: say(
      'Answering under attack or in anger rarely helps. Wait, stay neutral, and tell your communications team.',
      'Répondre à chaud ou sous le coup d’une attaque aide rarement. Attendez, restez neutre et prévenez la communication.',
      'Responder en caliente o bajo ataque rara vez ayuda. Espere, mantenga la neutralidad y avise a comunicación.',
    ),
    cite: ['gam-4', 'gam-4-neutral', 'unops-3.4p', 'act-criticism'],
  },
  {
    id: 'heated.feeding-trolls',
    principle: 'heated-reply',
    severity: 'caution',
    when: [{ any: ['@troll'], kinds: ['reply', 'comment'] }],
    message: say(
      'Replying to hateful or trolling comments tends to attract more of them.',
      'Répondre aux commentaires haineux ou aux trolls tend à en attirer davantage.',
      'Responder a comentarios de odio o a trolls suele atraer más.',
    ),
    cite: ['unops-3.4p'],
  },
  // ── Anonymity ──
  {
    id: 'anonymity.pseudonym',
    principle: 'anonymity',
    severity: 'stop',
    when: [
      { any: ['@anonymous'], all: [['@workplace', '@grievance', '@colleagues', ...ORG]], none: ['@warning'] },
      { any: ['@anonymousIntent'] },
    ],
    message: say(
      'Posting about your organisation under a pseudonym or anonymously is not allowed, and anonymity will not protect you.',
      'Publier sur votre organisation sous pseudonyme ou anonymement n’est pas permis, et l’anonymat ne vous protégera pas.',
      'Publicar sobre su organización con seudónimo o de forma anónima no está permitido, y el anonimato no le protegerá.',
    ),
    cite: ['guideline-8', 'sgb-4.1b', 'unops-3.4l', 'gam-qa-anonymity'],
  },
  // ── Intellectual property ──
  {
    id: 'ip.work-product-for-sale',
    principle: 'intellectual-property',
    severity: 'stop',
    when: [{ any: ['@commerce'], all: [['@workProduct', ...ORG], ['@firstPerson', 'vendo', 'vends', 'escribidme', 'escribeme', 'contactez moi', 'ecrivez moi', 'dm me']], within: 12 }],
    message: say(
      'Work you do in your official functions, photos included, belongs to the organisation.',
      'Les travaux réalisés dans le cadre de vos fonctions, photos comprises, appartiennent à l’organisation.',
      'El trabajo realizado en el ejercicio de sus funciones, fotos incluidas, pertenece a la organización.',
    ),
    cite: ['sr-rule-1.9', 'sgb-4.1e'],
  },
  {
    id: 'ip.third-party-content',
    principle: 'intellectual-property',
    severity: 'caution',
    when: [{ any: ['@copyNoCredit'] }],
    message: say(
      'Content found online belongs to its author: use it only with permission and credit.',
      'Un contenu trouvé en ligne appartient à son auteur : utilisez-le seulement avec autorisation et en citant la source.',
      'El contenido encontrado en línea pertenece a su autor: úselo solo con permiso y citando la fuente.',
    ),
    cite: ['act-copyright', 'gam-7'],
  },
  {
    id: 'ip.official-work-reused',
    principle: 'intellectual-property',
    severity: 'caution',
    when: [
      { any: ['@ownershipClaim'], all: [['@officialMaterial', '@workProduct', ...ORG]], within: 15 },
      { any: ['@musicWords'], all: [['@rightsIgnored']], within: 15 },
      { any: ['@rightsIgnored'], all: [['@officialMaterial', '@workProduct', '@copyVerb', '@photoWords', ...ORG]], within: 15 },
    ],
    message: say(
      'Official photos, videos and training material belong to the organisation, and other people’s works to their authors: do not present them as yours.',
      'Les photos, vidéos et supports officiels appartiennent à l’organisation, et les œuvres des autres à leurs auteurs : ne les présentez pas comme les vôtres.',
      'Las fotos, vídeos y materiales oficiales pertenecen a la organización, y las obras ajenas a sus autores: no los presente como propios.',
    ),
    cite: ['sr-rule-1.9', 'sgb-4.1e', 'act-copyright'],
  },
  {
    id: 'ip.work-photos',
    principle: 'intellectual-property',
    severity: 'info',
    when: [{ any: ['@photoWords'], all: [['@workProduct']], within: 6, minImages: 1, none: ['@published'] }],
    message: say(
      'Photos taken at work are covered by image rights and belong to the organisation; prefer relaying the official ones.',
      'Les photos prises au travail relèvent du droit à l’image et appartiennent à l’organisation ; relayez plutôt les photos officielles.',
      'Las fotos tomadas en el trabajo están sujetas a derechos de imagen y pertenecen a la organización; prefiera compartir las oficiales.',
    ),
    cite: ['gam-7', 'sr-rule-1.9'],
  },
  // ── Outside activities ──
  {
    id: 'outside.insider-business',
    principle: 'outside-activities',
    severity: 'stop',
    when: [
      { any: ['@sideBusiness'], all: [['@insider', ...ORG]], within: 25 },
      { any: ['@commerce'], all: [['@workProduct', ...ORG], ['@firstPerson', 'vendo', 'vends', 'escribidme', 'escribeme', 'contactez moi', 'ecrivez moi', 'dm me']], within: 12 },
    ],
    message: say(
      'Using your position, affiliation or inside knowledge for a private business needs prior approval, and insider knowledge must never be sold.',
      'Utiliser votre fonction, votre affiliation ou des informations internes pour une activité privée exige une autorisation préalable, et ces informations ne se vendent jamais.',
      'Usar su cargo, su afiliación o información interna para una actividad privada requiere autorización previa, y esa información nunca se vende.',
    ),
    cite: ['sr-1.2op'],
  },
  {
    id: 'outside.standing-for-election',
    principle: 'outside-activities',
    severity: 'caution',
    when: [{ ...CANDIDACY, none: [...NOT_AN_ELECTION, '@otherCandidate'] }],
    message: say(
      'A candidacy is an outside activity: it needs your organisation’s prior approval.',
      'Une candidature est une activité extérieure : elle exige l’autorisation préalable de votre organisation.',
      'Una candidatura es una actividad externa: requiere la autorización previa de su organización.',
    ),
    cite: ['sr-1.2op'],
  },
  // ── Conduct and reputation ──
  {
    id: 'conduct.excess-on-premises',
    principle: 'conduct-reputation',
    severity: 'caution',
    when: [{ any: ['@excess'], all: [['@premises', '@sensitivePremises', '@officialVehicle', '@insignia', ...ORG]], within: 12 }],
    message: say(
      'Wild parties or drinking on the organisation’s premises or in its vehicles harm its standing, especially in a conservative setting.',
      'Les fêtes débridées ou l’alcool dans les locaux ou les véhicules de l’organisation nuisent à son image, surtout dans un contexte conservateur.',
      'Las fiestas descontroladas o el alcohol en los locales o vehículos de la organización dañan su imagen, sobre todo en un contexto conservador.',
    ),
    cite: ['soc-42', 'soc-40'],
  },
  {
    id: 'conduct.local-disrespect',
    principle: 'conduct-reputation',
    severity: 'stop',
    when: [{ any: ['@localDisrespect'] }],
    message: say(
      'Contempt for the local population or culture is unacceptable and discredits the organisation.',
      'Le mépris envers la population ou la culture locale est inacceptable et discrédite l’organisation.',
      'El desprecio hacia la población o la cultura local es inaceptable y desacredita a la organización.',
    ),
    cite: ['soc-40', 'sr-1.2a'],
  },
];

export const BUILTIN_PACK: RulePack = {
  id: 'builtin',
  description: 'Rules written from the five seed documents (UNOPS, ST/SGB/2019/5, UN Leadership Dialogue 2023, Grand Autunois Morvan, ACT Alliance).',
  lexicons: LEXICONS,
  citations: CITATIONS,
  rules: RULES,
};
