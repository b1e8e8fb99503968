<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyMaxScale="1" maxScale="0" simplifyDrawingHints="1" minScale="100000000" version="3.22.16-Białowieża" readOnly="0" styleCategories="AllStyleCategories" labelsEnabled="0" simplifyDrawingTol="1" hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0" simplifyLocal="1" symbologyReferenceScale="-1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal endField="" endExpression="" durationField="" mode="0" fixedDuration="0" enabled="0" startExpression="" accumulate="0" startField="" limitMode="0" durationUnit="min">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 forceraster="0" symbollevels="0" type="singleSymbol" referencescale="-1" enableorderby="0">
    <symbols>
      <symbol name="0" clip_to_extent="1" alpha="1" type="fill" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="0,0,255,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="26,26,26,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.8" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="no" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="0,0,255,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="26,26,26,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="no"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <customproperties>
    <Option type="Map">
      <Option name="OnConvertFormatRegeneratePrimaryKey" value="false" type="bool"/>
    </Option>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="fid" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="INSEE_COM" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="NOM" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="POP_2020" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="SUPERF_2023" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="DEP" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="REG" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="EPCI" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ZE2020" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="UU2020" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="BV2022" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="" field="fid" index="0"/>
    <alias name="" field="INSEE_COM" index="1"/>
    <alias name="" field="NOM" index="2"/>
    <alias name="" field="POP_2020" index="3"/>
    <alias name="" field="SUPERF_2023" index="4"/>
    <alias name="" field="DEP" index="5"/>
    <alias name="" field="REG" index="6"/>
    <alias name="" field="EPCI" index="7"/>
    <alias name="" field="ZE2020" index="8"/>
    <alias name="" field="UU2020" index="9"/>
    <alias name="" field="BV2022" index="10"/>
  </aliases>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="INSEE_COM" expression="" applyOnUpdate="0"/>
    <default field="NOM" expression="" applyOnUpdate="0"/>
    <default field="POP_2020" expression="" applyOnUpdate="0"/>
    <default field="SUPERF_2023" expression="" applyOnUpdate="0"/>
    <default field="DEP" expression="" applyOnUpdate="0"/>
    <default field="REG" expression="" applyOnUpdate="0"/>
    <default field="EPCI" expression="" applyOnUpdate="0"/>
    <default field="ZE2020" expression="" applyOnUpdate="0"/>
    <default field="UU2020" expression="" applyOnUpdate="0"/>
    <default field="BV2022" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="fid" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="INSEE_COM" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="NOM" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="POP_2020" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="SUPERF_2023" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="DEP" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="REG" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="EPCI" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="ZE2020" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="UU2020" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="BV2022" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" exp="" desc=""/>
    <constraint field="INSEE_COM" exp="" desc=""/>
    <constraint field="NOM" exp="" desc=""/>
    <constraint field="POP_2020" exp="" desc=""/>
    <constraint field="SUPERF_2023" exp="" desc=""/>
    <constraint field="DEP" exp="" desc=""/>
    <constraint field="REG" exp="" desc=""/>
    <constraint field="EPCI" exp="" desc=""/>
    <constraint field="ZE2020" exp="" desc=""/>
    <constraint field="UU2020" exp="" desc=""/>
    <constraint field="BV2022" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortOrder="0" sortExpression="">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
