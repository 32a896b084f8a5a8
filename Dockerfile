# syntax=docker/dockerfile:1
# The Chatwoot GraphQL gateway. Build: docker build -t chatwoot-graphql-gateway .
# Run:   docker run -p 8080:8080 -e Chatwoot__BaseUrl=https://chatwoot.example.com -e Chatwoot__AccountId=1 chatwoot-graphql-gateway

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# npm installs the Banana Cake Pop IDE during the build (src/Gateway/npm/package-lock.json).
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY schema/ schema/
COPY src/ src/
RUN dotnet publish src/Gateway/Gateway.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The image's non-root user (uid 1654).
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["dotnet", "Gateway.dll", "healthcheck", "--url", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["dotnet", "Gateway.dll"]
