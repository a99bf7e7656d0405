<?xml version="1.0" encoding="UTF-8"?>
<!--
  毕业证书验印单 (R-GRD-3, R-GRD-4). Input: the XML written by StampingSheetDocument (stamping-sheet: school,
  school-code, case-key, year, supervising-bureau, stamping-bureau, approved-on, date, total, graduates, completers,
  part/row: no, number, kind, student-number, name, gender, id-number, major, form, remark). A4 landscape; each part
  (500 rows) is a page-sequence, page numbers continue.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:attribute-set name="cell">
    <xsl:attribute name="border">0.5pt solid black</xsl:attribute>
    <xsl:attribute name="padding">0.8mm 1mm</xsl:attribute>
    <xsl:attribute name="display-align">center</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="head" use-attribute-sets="cell">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="background-color">#eeeeee</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="/stamping-sheet">
    <fo:root font-family="NotoSansSC, CJKFallback" font-size="9pt" line-height="1.35">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="a4l" page-width="297mm" page-height="210mm"
                               margin-top="12mm" margin-bottom="10mm" margin-left="15mm" margin-right="15mm">
          <fo:region-body margin-bottom="8mm"/>
          <fo:region-after extent="6mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <xsl:for-each select="part">
        <fo:page-sequence master-reference="a4l">
          <fo:static-content flow-name="xsl-region-after">
            <fo:block font-size="8pt" text-align="center" color="#555555">
              <xsl:text>毕业证书验印单　</xsl:text><xsl:value-of select="/stamping-sheet/case-key"/>
              <xsl:text>　第 </xsl:text><fo:page-number/><xsl:text> 页</xsl:text>
            </fo:block>
          </fo:static-content>
          <fo:flow flow-name="xsl-region-body">
            <xsl:if test="position() = 1">
              <xsl:call-template name="heading"/>
            </xsl:if>
            <fo:table table-layout="fixed" width="100%" border-collapse="collapse">
              <fo:table-column column-width="10mm"/>
              <fo:table-column column-width="32mm"/>
              <fo:table-column column-width="12mm"/>
              <fo:table-column column-width="30mm"/>
              <fo:table-column column-width="22mm"/>
              <fo:table-column column-width="10mm"/>
              <fo:table-column column-width="40mm"/>
              <fo:table-column column-width="proportional-column-width(1)"/>
              <fo:table-column column-width="22mm"/>
              <fo:table-column column-width="28mm"/>
              <fo:table-header>
                <fo:table-row>
                  <fo:table-cell xsl:use-attribute-sets="head"><fo:block>序号</fo:block></fo:table-cell>
                  <fo:table-cell xsl:use-attribute-sets="head"><fo:block>证书编号</fo:block></fo:table-cell>
                  <fo:table-cell xsl:use-attribute-sets="head"><fo:block>类别</fo:block></fo:table-cell>
                  <fo:table-cell xsl:use-attribute-sets="head"><fo:block>学籍号</fo:block></fo:table-cell>
                  <fo:table-cell xsl:use-attribute-sets="head"><fo:block>姓名</fo:block></fo:table-cell>
                  <fo:table-cell xsl:use-attribute-sets="head"><fo:block>性别</fo:block></fo:table-cell>
                  <fo:table-cell xsl:use-attribute-sets="head"><fo:block>身份证件号码</fo:block></fo:table-cell>
                  <fo:table-cell xsl:use-attribute-sets="head"><fo:block>专业</fo:block></fo:table-cell>
                  <fo:table-cell xsl:use-attribute-sets="head"><fo:block>学习形式</fo:block></fo:table-cell>
                  <fo:table-cell xsl:use-attribute-sets="head"><fo:block>备注</fo:block></fo:table-cell>
                </fo:table-row>
              </fo:table-header>
              <fo:table-body>
                <xsl:for-each select="row">
                  <fo:table-row keep-together.within-page="always">
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block text-align="center"><xsl:value-of select="no"/></fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="number"/></fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block text-align="center"><xsl:value-of select="kind"/></fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="student-number"/></fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:apply-templates select="name" mode="text"/></fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block text-align="center"><xsl:value-of select="gender"/></fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="id-number"/></fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:apply-templates select="major" mode="text"/></fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="form"/></fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:apply-templates select="remark" mode="text"/></fo:block></fo:table-cell>
                  </fo:table-row>
                </xsl:for-each>
              </fo:table-body>
            </fo:table>
            <xsl:if test="position() = last()">
              <xsl:call-template name="signatures"/>
            </xsl:if>
          </fo:flow>
        </fo:page-sequence>
      </xsl:for-each>
    </fo:root>
  </xsl:template>

  <xsl:template name="heading">
    <fo:block font-size="18pt" font-weight="bold" text-align="center">中等职业学校毕业证书验印单</fo:block>
    <fo:block text-align="center" font-size="10.5pt" space-after="3mm">
      <xsl:value-of select="/stamping-sheet/year"/><xsl:text>年　编号：</xsl:text><xsl:value-of select="/stamping-sheet/case-key"/>
    </fo:block>
    <fo:block font-size="10.5pt">
      <xsl:text>学校：</xsl:text><xsl:apply-templates select="/stamping-sheet/school" mode="text"/>
      <xsl:text>（</xsl:text><xsl:value-of select="/stamping-sheet/school-code"/><xsl:text>）　主管教育行政部门：</xsl:text>
      <xsl:apply-templates select="/stamping-sheet/supervising-bureau" mode="text"/>
      <xsl:text>　验印部门：</xsl:text><xsl:apply-templates select="/stamping-sheet/stamping-bureau" mode="text"/>
    </fo:block>
    <fo:block font-size="10.5pt" space-after="2mm">
      <xsl:text>证书共 </xsl:text><xsl:value-of select="/stamping-sheet/total"/><xsl:text> 份：毕业证书 </xsl:text>
      <xsl:value-of select="/stamping-sheet/graduates"/><xsl:text> 份，结业证书 </xsl:text>
      <xsl:value-of select="/stamping-sheet/completers"/><xsl:text> 份。毕业生名单经主管教育行政部门审核：</xsl:text>
      <xsl:value-of select="/stamping-sheet/approved-on"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="signatures">
    <fo:table table-layout="fixed" width="100%" space-before="6mm" keep-together.within-page="always" font-size="10.5pt">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <fo:table-row height="28mm">
          <fo:table-cell xsl:use-attribute-sets="cell" display-align="before">
            <fo:block>学校意见：证书编号、打印内容与学籍一致。</fo:block>
            <fo:block space-before="8mm">校长（签字）：　　　　　　学校（盖章）</fo:block>
            <fo:block><xsl:value-of select="/stamping-sheet/date"/></fo:block>
          </fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="cell" display-align="before">
            <fo:block>验印部门意见：已审核验印，证书编号模板已导入，本单留存一份。</fo:block>
            <fo:block space-before="8mm"><xsl:apply-templates select="/stamping-sheet/stamping-bureau" mode="text"/><xsl:text>（验印章）</xsl:text></fo:block>
            <fo:block>　　　　年　　月　　日</fo:block>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="ext" mode="text">
    <fo:inline><xsl:value-of select="."/></fo:inline>
  </xsl:template>
</xsl:stylesheet>
