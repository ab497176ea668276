/**
 * Where the site's filing numbers link to, as the filing rules ask: the ICP
 * number to the MIIT filing system, the 公安 filing number to the national
 * internet security service platform's record of it.
 */

/** 工业和信息化部政务服务平台 ICP/IP地址/域名信息备案管理系统. */
export const ICP_FILING_URL = 'https://beian.miit.gov.cn/';

/** The record of a 公安机关备案号 (京公网安备11010502000001号) on 全国互联网安全管理服务平台. */
export function policeFilingUrl(number: string): string {
  const code = number.replace(/\D/g, '');
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;
}
