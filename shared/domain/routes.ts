// The learning routes a language school advises and a class teaches.
export const ROUTES = ['B1', 'Z', 'Onderwijs', 'Alfa'] as const;
export type Route = (typeof ROUTES)[number];
