import { sections, type SectionId } from '../schemas/sections.ts';
import { homePath, hotlinePath, organisationPath, progressPath, sectionPath } from './urls.ts';

/** A link of the site's main navigation. */
export interface NavItem {
  href: string;
  label: string;
}

/**
 * The main navigation, in order: the header (as a bar on wide screens and
 * behind the 菜单 button on phones) and the 网站地图 page both list it.
 */
export function getMainNavigation(): NavItem[] {
  return [
    { href: homePath(), label: '首页' },
    ...(['letters', 'health', 'news', 'downloads'] as const).map((s) => ({
      href: sectionPath(s),
      label: sections[s].shortName,
    })),
    { href: progressPath(), label: '创建进度' },
    { href: organisationPath(), label: '组织机构' },
    { href: hotlinePath(), label: '投诉热线' },
  ];
}

/** The breadcrumb of a section: its name, linking to its first page. */
export function getSectionCrumb(section: SectionId): NavItem {
  return { href: sectionPath(section), label: sections[section].name };
}

/** Whether a navigation item is the section of the page at `currentPath` (the home item only on the home page). */
export function isCurrentSection(href: string, currentPath: string): boolean {
  return href === homePath() ? currentPath === href : currentPath.startsWith(href);
}
