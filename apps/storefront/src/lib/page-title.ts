const SITE_NAME = 'Emporium';

/** The document title for a page: "Classic White Tee · Emporium", or just the site name for the home page. */
export function pageTitle(title?: string): string {
  const page = title?.trim();
  return page ? `${page} · ${SITE_NAME}` : SITE_NAME;
}
