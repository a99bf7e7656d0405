/**
 * Documents: PDF rendering (one FOP factory, cached XSL-FO templates, embedded fonts), CSV/XLSX exports, the
 * document store and its download endpoint; one small class per document.
 */
package cn.jledu.studentstatus.document;
