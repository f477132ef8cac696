// The badge's few words, in the product's three languages (the dialog's strings live in
// public/_locales; these stay here so the script injected at page load does not carry them all).
import type { Language, Severity } from '@/rules/types';

type Phrases = {
  title: string;
  ok: string;
  caution: (count: number) => string;
  stop: (count: number) => string;
  unwatched: string;
  severity: Record<Severity, string>;
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const BADGE_STRINGS: Record<Language, Phrases> = {
  en: {
    title: 'Think Before You Post',
    ok: 'OK: nothing to check',
    caution: (n) => `Caution: ${plural(n, 'point', 'points')} to check`,
    stop: (n) => `Stop: ${plural(n, 'point', 'points')} to reconsider before posting`,
    unwatched: 'Not watched: the Post button of this box was not found, posting is not checked',
    severity: { info: 'Tip', caution: 'Caution', stop: 'Stop' },
  },
  fr: {
    title: 'Réfléchir avant de publier',
    ok: 'OK : rien à vérifier',
    caution: (n) => `Attention : ${plural(n, 'point', 'points')} à vérifier`,
    stop: (n) => `Stop : ${plural(n, 'point', 'points')} à reconsidérer avant de publier`,
    unwatched: 'Non surveillé : le bouton Publier de ce champ est introuvable, la publication n’est pas vérifiée',
    severity: { info: 'Conseil', caution: 'Attention', stop: 'Stop' },
  },
  es: {
    title: 'Piensa antes de publicar',
    ok: 'OK: nada que revisar',
    caution: (n) => `Atención: ${plural(n, 'punto', 'puntos')} que revisar`,
    stop: (n) => `Stop: ${plural(n, 'punto', 'puntos')} que reconsiderar antes de publicar`,
    unwatched: 'Sin vigilancia: no se encontró el botón Publicar de este cuadro, la publicación no se revisa',
    severity: { info: 'Consejo', caution: 'Atención', stop: 'Stop' },
  },
};
