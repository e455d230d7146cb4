/**
 * Reading a workbook's sheet for core's strict readers ({@link org.ruralwater.workbook.xlsx.XlsxSheets}) and
 * writing a table as a workbook ({@link org.ruralwater.workbook.xlsx.XlsxTable}).
 */
@NullMarked
package org.ruralwater.workbook.xlsx;

import org.jspecify.annotations.NullMarked;
