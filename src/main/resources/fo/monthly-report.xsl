<?xml version="1.0" encoding="UTF-8"?>
<!--
  《学籍信息变更或异动月报表》 (R-MON-1, C7). Input: the XML written by monthlyreport.MonthlyReportDocument
  (monthly-report: school, month, filing bureau, totals by kind, rows c0…c10 in the column order of HEADERS).
  A4 landscape; a month without changes prints the nil report (零报告). Free text comes from
  DocumentXml.markedText: characters outside the BMP come as <ext> and are set in their own inline.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:attribute-set name="cell">
    <xsl:attribute name="border">0.5pt solid black</xsl:attribute>
    <xsl:attribute name="padding">0.6mm 0.8mm</xsl:attribute>
    <xsl:attribute name="display-align">center</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="head-cell" use-attribute-sets="cell">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="background-color">#eeeeee</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="/monthly-report">
    <fo:root font-family="NotoSansSC, CJKFallback" font-size="9pt" line-height="1.3">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="a4-landscape" page-width="297mm" page-height="210mm"
                               margin-top="10mm" margin-bottom="8mm" margin-left="12mm" margin-right="12mm">
          <fo:region-body margin-bottom="8mm"/>
          <fo:region-after extent="6mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:page-sequence master-reference="a4-landscape">
        <fo:static-content flow-name="xsl-region-after">
          <fo:block font-size="8pt" text-align="center">
            <xsl:value-of select="school-name"/><xsl:text>　</xsl:text><xsl:value-of select="month"/>
            <xsl:text>学籍信息变更或异动月报表　第 </xsl:text><fo:page-number/>
            <xsl:text> 页 共 </xsl:text><fo:page-number-citation ref-id="end-of-document"/><xsl:text> 页</xsl:text>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <fo:block font-size="16pt" font-weight="bold" text-align="center" space-after="4mm">
            <xsl:text>《</xsl:text><xsl:value-of select="title"/><xsl:text>》</xsl:text>
          </fo:block>
          <fo:block space-after="1mm">
            <xsl:text>学校名称：</xsl:text><xsl:value-of select="school-name"/>
            <xsl:text>　　学校代码：</xsl:text><xsl:value-of select="school-code"/>
            <xsl:text>　　报表月份：</xsl:text><xsl:value-of select="month"/>
          </fo:block>
          <fo:block space-after="1mm">
            <xsl:text>报送单位：</xsl:text><xsl:value-of select="filing-bureau"/>
            <xsl:text>　　制表日期：</xsl:text><xsl:value-of select="generated-on"/>
          </fo:block>
          <xsl:choose>
            <xsl:when test="nil = 'true'">
              <fo:block space-before="2mm" font-weight="bold">本月无学籍变更或异动（零报告）。</fo:block>
            </xsl:when>
            <xsl:otherwise>
              <fo:block space-after="1mm">
                <xsl:text>本月学籍变更或异动合计 </xsl:text><xsl:value-of select="total"/><xsl:text> 条，其中：</xsl:text>
                <xsl:for-each select="totals/kind">
                  <xsl:if test="position() > 1"><xsl:text>；</xsl:text></xsl:if>
                  <xsl:value-of select="@name"/><xsl:text> </xsl:text><xsl:value-of select="@count"/><xsl:text> 条</xsl:text>
                </xsl:for-each>
                <xsl:text>。</xsl:text>
              </fo:block>
              <xsl:if test="flagged != '0'">
                <fo:block space-after="1mm" font-weight="bold">
                  <xsl:text>其中 </xsl:text><xsl:value-of select="flagged"/>
                  <xsl:text> 条未在当月报送全国学籍系统并审核（R-MON-2），已标注。</xsl:text>
                </fo:block>
              </xsl:if>
              <xsl:call-template name="table"/>
            </xsl:otherwise>
          </xsl:choose>
          <fo:block space-before="8mm" font-size="10pt" line-height="2" keep-together.within-page="always">
            <fo:block>
              <xsl:text>学籍管理员（签字）：＿＿＿＿＿＿＿＿　　校长（签字）：＿＿＿＿＿＿＿＿　　学校（盖章）　　日期：　　　　年　　月　　日</xsl:text>
            </fo:block>
            <fo:block space-before="3mm" font-size="9pt">
              <xsl:text>本表经校长签字、加盖学校公章，于每月底前报</xsl:text><xsl:value-of select="filing-bureau"/>
              <xsl:text>备案，再在全国中职学籍系统中办理变更、异动申请。</xsl:text>
            </fo:block>
          </fo:block>
          <fo:block id="end-of-document"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template name="table">
    <fo:table table-layout="fixed" width="100%" font-size="7.5pt" space-before="3mm" border-collapse="collapse">
      <fo:table-column column-width="9mm"/>
      <fo:table-column column-width="27mm"/>
      <fo:table-column column-width="16mm"/>
      <fo:table-column column-width="18mm"/>
      <fo:table-column column-width="18mm"/>
      <fo:table-column column-width="15mm"/>
      <fo:table-column column-width="15mm"/>
      <fo:table-column column-width="50mm"/>
      <fo:table-column column-width="27mm"/>
      <fo:table-column column-width="22mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-header>
        <fo:table-row>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>序号</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>学籍号</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>姓名</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>变更或异动类别</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>异动日期</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>变更前</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>变更后</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>审批情况</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>案卷号</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>当月报送审核</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>说明</fo:block></fo:table-cell>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="rows/row">
          <fo:table-row keep-together.within-page="always">
            <xsl:for-each select="*">
              <fo:table-cell xsl:use-attribute-sets="cell">
                <fo:block><xsl:apply-templates select="node()" mode="text"/></fo:block>
              </fo:table-cell>
            </xsl:for-each>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="text()" mode="text">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="ext" mode="text">
    <fo:inline><xsl:value-of select="."/></fo:inline>
  </xsl:template>
</xsl:stylesheet>
