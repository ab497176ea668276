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
    { href: sectionPath('letters'), label: '公开信' },
    { href: sectionPath('health'), label: '健康教育' },
    { href: sectionPath('news'), label: '创城动态' },
    { href: sectionPath('downloads'), label: '下载中心' },
    { href: progressPath(), label: '创建进度' },
    { href: organisationPath(), label: '组织机构' },
    { href: hotlinePath(), label: '投诉热线' },
  ];
}

/** Whether a navigation item is the section of the page at `currentPath` (the home item only on the home page). */
export function isCurrentSection(href: string, currentPath: string): boolean {
  return href === homePath() ? currentPath === href : currentPath.startsWith(href);
}
