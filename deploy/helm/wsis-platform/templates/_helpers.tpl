{{- define "wsis.labels" -}}
app.kubernetes.io/part-of: wsis-platform
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{- define "wsis.selector" -}}
app.kubernetes.io/name: {{ . }}
app.kubernetes.io/part-of: wsis-platform
{{- end -}}

{{/*
The keys of the existing Secret an application reads, as a YAML list of {key, optional}: the services'
passwords for Kafka (needed with SASL) and MongoDB (needed with a user), the mail service's signing keys
and relay password, the portal's client secret.
*/}}
{{- define "wsis.secretKeys" -}}
{{- $keys := list -}}
{{- if .app.database -}}
{{- $keys = append $keys (dict "key" "KAFKA_PASSWORD" "optional" (not (hasPrefix "SASL_" .Values.kafka.securityProtocol))) -}}
{{- $keys = append $keys (dict "key" "MONGODB_PASSWORD" "optional" (empty .Values.mongodb.username)) -}}
{{- end -}}
{{- if .app.smtp -}}
{{- $keys = append $keys (dict "key" "UNSUBSCRIBE_KEYS" "optional" false) -}}
{{- $keys = append $keys (dict "key" "UNSUBSCRIBE_SECRET" "optional" true) -}}
{{- $keys = append $keys (dict "key" "SMTP_PASSWORD" "optional" (not .Values.smtp.auth)) -}}
{{- end -}}
{{- if .app.public -}}
{{- $keys = append $keys (dict "key" "PORTAL_CLIENT_SECRET" "optional" false) -}}
{{- end -}}
{{- toYaml $keys -}}
{{- end -}}
